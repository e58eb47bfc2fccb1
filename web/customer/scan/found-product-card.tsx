import { Link } from 'wouter'
import type { LookupResult } from '../../api/lookup'
import { t } from '../../i18n/t'

/** The product a scanned code identified, and the way on to its repairs (keeping the serial). */
export function FoundProductCard({ result }: { result: LookupResult }) {
  const { product } = result
  const serial = 'serial' in result ? result.serial : undefined
  const href = `/p/${encodeURIComponent(product.id)}${serial ? `?sn=${encodeURIComponent(serial)}` : ''}`
  return (
    <article className="card" aria-labelledby="scan-found-title">
      <p className="muted">{t('scan.foundLabel')}</p>
      <h2 id="scan-found-title" className="scan-card-title">
        {product.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('scan.brand')}</dt>
          <dd>{product.brand}</dd>
        </div>
        <div>
          <dt>{t('scan.model')}</dt>
          <dd>{product.modelNumber}</dd>
        </div>
        {serial && (
          <div>
            <dt>{t('scan.serial')}</dt>
            <dd>{serial}</dd>
          </div>
        )}
      </dl>
      <Link className="button button-primary" href={href}>
        {t('scan.seeRepairs')}
      </Link>
    </article>
  )
}
