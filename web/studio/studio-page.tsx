import './studio.css'
import { useCallback } from 'react'
import { Link } from 'wouter'
import { listStudioProducts } from '../api/studio-products'
import { t } from '../i18n/t'
import { StaffPage } from '../staff/staff-page'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'
import { NewProductForm } from './products/new-product-form'

function ProductList() {
  const load = useCallback(() => listStudioProducts(), [])
  const products = useAsync(load)
  if (products.status === 'loading') return <PageStatus label={t('studio.loadingProducts')} />
  if (products.status === 'error')
    return <ErrorAlert message={products.error.message} onRetry={products.retry} />
  if (products.data.length === 0) return <p className="muted">{t('studio.noProducts')}</p>
  return (
    <ul className="list">
      {products.data.map((p) => (
        <li key={p.id}>
          <Link className="list-link" href={`/studio/products/${p.id}`}>
            <span className="list-link-title">{p.name}</span>
            <span className="muted">
              {t('studio.productMeta', {
                brand: p.brand,
                model: p.modelNumber,
                parts: p.parts.length,
              })}
              {p.modelUrl ? '' : ` · ${t('studio.noModel')}`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  )
}

/** `/studio`: the products authors work on, and a form to add one. */
export function StudioPage() {
  return (
    <StaffPage title={t('studio.title')}>
      {(user) => (
        <>
          {user.role === 'admin' && (
            <nav aria-label={t('studio.adminNav')} className="row">
              <Link href="/studio/people">{t('people.link')}</Link>
              <Link href="/studio/webhooks">{t('webhooks.link')}</Link>
              <Link href="/studio/tokens">{t('tokens.link')}</Link>
            </nav>
          )}
          <div className="studio-columns">
            <section className="stack" aria-labelledby="studio-products">
              <h2 id="studio-products">{t('studio.productsHeading')}</h2>
              <ProductList />
            </section>
            <NewProductForm />
          </div>
        </>
      )}
    </StaffPage>
  )
}
