import { useCallback, useDeferredValue, useId, useState } from 'react'
import { listProducts } from '../api/products'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'
import { matchesQuery } from './match-query'
import { ProductLink } from './product-link'

/** Manual product search: the whole catalog, filtered as you type by name, brand or model. */
export function ProductFinder() {
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const load = useCallback(() => listProducts(), [])
  const products = useAsync(load)
  const inputId = useId()
  const hintId = useId()

  const visible =
    products.status === 'ok' ? products.data.filter((p) => matchesQuery(p, deferredQuery)) : []

  return (
    <section className="stack" aria-labelledby="products-title">
      <h2 id="products-title">{t('home.productsHeading')}</h2>
      <div className="field">
        <label htmlFor={inputId}>{t('home.searchLabel')}</label>
        <input
          id={inputId}
          className="input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-describedby={hintId}
          autoComplete="off"
        />
        <span id={hintId} className="muted">
          {t('home.searchHint')}
        </span>
      </div>
      {products.status === 'loading' && <PageStatus label={t('home.loadingProducts')} />}
      {products.status === 'error' && (
        <ErrorAlert message={products.error.message} onRetry={products.retry} />
      )}
      {products.status === 'ok' && products.data.length === 0 && (
        <p className="muted">{t('home.noProducts')}</p>
      )}
      {products.status === 'ok' && products.data.length > 0 && visible.length === 0 && (
        <p className="muted" role="status">
          {t('home.noMatches', { query: deferredQuery })}
        </p>
      )}
      {visible.length > 0 && (
        <ul className="list">
          {visible.map((p) => (
            <li key={p.id}>
              <ProductLink product={p} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
