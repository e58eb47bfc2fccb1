import '../studio.css'
import { lazy, Suspense, useCallback } from 'react'
import { Link, useParams, useSearch } from 'wouter'
import { GuideProvider } from '../../customer/guide/guide-store'
import { t } from '../../i18n/t'
import { useStaff } from '../../staff/use-staff'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { useDocumentTitle } from '../../ui/use-document-title'
import { loadPreview } from './load-preview'

const Guide3D = lazy(() =>
  import('../../customer/guide/guide-3d').then((m) => ({ default: m.Guide3D })),
)
const ArGuide = lazy(() =>
  import('../../customer/ar/ar-guide').then((m) => ({ default: m.ArGuide })),
)

function Status({ label }: { label: string }) {
  return (
    <main className="page" id="main">
      <PageStatus label={label} />
    </main>
  )
}

function Preview({ id, wantAr }: { id: string; wantAr: boolean }) {
  const load = useCallback(() => loadPreview(id, wantAr), [id, wantAr])
  const preview = useAsync(load)
  useDocumentTitle(
    preview.status === 'ok' ? t('preview.title', { title: preview.data.title }) : undefined,
  )
  if (preview.status === 'loading') return <Status label={t('repair.loadingGuide')} />
  if (preview.status === 'error')
    return (
      <main className="page" id="main">
        <ErrorAlert message={preview.error.message}>
          <Link href={`/studio/procedures/${id}`}>{t('preview.backToEditor')}</Link>
        </ErrorAlert>
      </main>
    )
  return (
    <GuideProvider store={preview.data.store}>
      <div className="preview-banner" role="note">
        <span>{t('preview.banner')}</span>
        <Link href={`/studio/procedures/${id}`}>{t('preview.backToEditor')}</Link>
      </div>
      <Suspense fallback={<Status label={t('repair.loadingGuide')} />}>
        {preview.data.useAr ? <ArGuide /> : <Guide3D />}
      </Suspense>
    </GuideProvider>
  )
}

/**
 * `/studio/preview/:id[?mode=ar]`: the draft in the customer's own guide (3D, or AR where this
 * browser has it, emulated with `?emulate=quest3`). Staff only; nothing is recorded.
 */
export function PreviewPage() {
  const { id = '' } = useParams<{ id: string }>()
  const wantAr = new URLSearchParams(useSearch()).get('mode') === 'ar'
  const user = useStaff()
  if (user.status === 'loading') return <Status label={t('staff.checking')} />
  if (user.status === 'error')
    return (
      <main className="page" id="main">
        <ErrorAlert message={user.error.message} onRetry={user.retry} />
      </main>
    )
  return <Preview id={id} wantAr={wantAr} />
}
