import { Link } from 'wouter'
import type { ProductSummary } from '../api/products'
import { t } from '../i18n/t'

export function ProductLink({ product }: { product: ProductSummary }) {
  const count = product.procedures.length
  return (
    <Link className="list-link" href={`/p/${encodeURIComponent(product.id)}`}>
      <span className="list-link-title">{product.name}</span>
      <span className="muted">
        {product.brand} · {product.modelNumber} ·{' '}
        {count === 1 ? t('home.guide') : t('home.guides', { count })}
      </span>
    </Link>
  )
}
