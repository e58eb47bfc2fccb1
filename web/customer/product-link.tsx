import { Link } from 'wouter'
import type { ProductSummary } from '../api/products'
import { t } from '../i18n/t'

export function ProductLink({ product }: { product: ProductSummary }) {
  return (
    <Link className="list-link" href={`/p/${encodeURIComponent(product.id)}`}>
      <span className="list-link-title">{product.name}</span>
      <span className="muted">
        {product.brand} · {product.modelNumber} ·{' '}
        {t('home.guides', { count: product.procedures.length })}
      </span>
    </Link>
  )
}
