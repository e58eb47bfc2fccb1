import '../studio.css'
import { useCallback, useEffect, useState } from 'react'
import { Link, useParams } from 'wouter'
import { getStudioProduct, type StudioProduct } from '../../api/studio-products'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { LabelPanel } from './label-panel'
import { ModelUpload } from './model-upload'
import { PartsEditor } from './parts-editor'
import { ProcedureList } from './procedure-list'
import { ProductDetailsForm } from './product-details-form'

function ProductEditor({ initial }: { initial: StudioProduct }) {
  const [product, setProduct] = useState(initial)
  const [nodeNames, setNodeNames] = useState<string[]>([])
  useEffect(() => setProduct(initial), [initial])
  return (
    <div className="stack">
      <div className="row">
        <h2>{product.name}</h2>
        <Link href={`/studio/products/${encodeURIComponent(product.id)}/labels`}>
          {t('labels.link')}
        </Link>
      </div>
      <div className="studio-columns">
        <ProductDetailsForm product={product} onSaved={setProduct} />
        <div className="stack">
          <ModelUpload
            product={product}
            onUploaded={(p, names) => {
              setProduct(p)
              setNodeNames(names)
            }}
          />
          <PartsEditor product={product} nodeNames={nodeNames} onSaved={setProduct} />
        </div>
      </div>
      <LabelPanel product={product} onSaved={setProduct} />
      <ProcedureList productId={product.id} />
    </div>
  )
}

function LoadedProduct({ id }: { id: string }) {
  const load = useCallback(() => getStudioProduct(id), [id])
  const product = useAsync(load)
  if (product.status === 'loading') return <PageStatus label={t('studio.loadingProduct')} />
  if (product.status === 'error')
    return <ErrorAlert message={product.error.message} onRetry={product.retry} />
  return <ProductEditor initial={product.data} />
}

/** `/studio/products/:id`: a product's details, model, part labels and procedures. */
export function StudioProductPage() {
  const { id = '' } = useParams<{ id: string }>()
  return (
    <StaffPage title={t('studio.title')}>
      <nav>
        <Link href="/studio">{t('studio.allProducts')}</Link>
      </nav>
      <LoadedProduct id={id} />
    </StaffPage>
  )
}
