import { useCallback } from 'react'
import { Link, useParams, useSearch } from 'wouter'
import { getProduct } from '../api/products'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { isApiError, useAsync } from '../ui/use-async'
import { useDocumentTitle } from '../ui/use-document-title'
import { detectDeviceMode } from '../xr/device-mode'
import { preloadGuide } from './guide-chunks'
import { ProcedureCard } from './procedure-card'

/** `/p/:id`: the product and its repair guides, by symptom. `?sn=` from a printed QR is kept. */
export function ProductPage() {
  const { id = '' } = useParams<{ id: string }>()
  const serial = new URLSearchParams(useSearch()).get('sn')?.trim() || undefined
  const load = useCallback(
    () =>
      // The request app.tsx sent for a cold deep link, if it is this one and recent.
      getProduct(id, { maxAgeMs: 10_000 }).then((p) => {
        // A customer here is about to start a repair: its screen's code comes while they read.
        if (p.procedures.length > 0) void detectDeviceMode().then(preloadGuide)
        return p
      }),
    [id],
  )
  const product = useAsync(load)
  useDocumentTitle(product.status === 'ok' ? product.data.name : undefined)

  if (product.status === 'loading')
    return (
      <main className="page" id="main">
        <PageStatus label={t('product.loading')} />
      </main>
    )
  if (product.status === 'error') {
    const missing = isApiError(product.error, 404)
    return (
      <main className="page" id="main">
        {missing && <h1>{t('product.notFound')}</h1>}
        <ErrorAlert
          message={missing ? t('notFound.body') : product.error.message}
          onRetry={missing ? undefined : product.retry}
        >
          <div>
            <Link href="/">{t('app.home')}</Link>
          </div>
        </ErrorAlert>
      </main>
    )
  }

  const p = product.data
  return (
    <main className="page" id="main">
      <header className="stack">
        <h1>{p.name}</h1>
        <p className="muted">
          {p.brand} · {t('product.model', { model: p.modelNumber })}
          {serial && <> · {t('product.serial', { serial })}</>}
        </p>
        {p.description && <p>{p.description}</p>}
      </header>
      <section className="stack" aria-labelledby="procedures-title">
        <h2 id="procedures-title">{t('product.proceduresHeading')}</h2>
        {p.procedures.length === 0 ? (
          <p className="muted">{t('product.noProcedures')}</p>
        ) : (
          <ul className="list">
            {p.procedures.map((proc) => (
              <li key={proc.id}>
                <ProcedureCard procedure={proc} serial={serial} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  )
}
