import '../studio.css'
import './labels.css'
import { useCallback } from 'react'
import { Link, useParams } from 'wouter'
import { getStudioProduct } from '../../api/studio-products'
import { getStudioSettings } from '../../api/studio-settings'
import { t } from '../../i18n/t'
import { StaffPage } from '../../staff/staff-page'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { LabelsEditor } from './labels-editor'

function LoadedLabels({ id }: { id: string }) {
  const load = useCallback(() => Promise.all([getStudioProduct(id), getStudioSettings()]), [id])
  const state = useAsync(load)
  if (state.status === 'loading') return <PageStatus label={t('labels.loading')} />
  if (state.status === 'error')
    return <ErrorAlert message={state.error.message} onRetry={state.retry} />
  const [product, settings] = state.data
  return (
    <>
      <nav>
        <Link href={`/studio/products/${encodeURIComponent(product.id)}`}>
          {t('labels.back', { name: product.name })}
        </Link>
      </nav>
      <LabelsEditor product={product} settings={settings} />
    </>
  )
}

/** `/studio/products/:id/labels`: a print-ready sheet of QR labels for one product. */
export function LabelsPage() {
  const { id = '' } = useParams<{ id: string }>()
  return (
    <StaffPage title={t('labels.title')}>
      <LoadedLabels id={id} />
    </StaffPage>
  )
}
