import { Suspense, useEffect } from 'react'
import { Link, useParams } from 'wouter'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useDocumentTitle } from '../ui/use-document-title'
import { detectDeviceMode } from '../xr/device-mode'
import { GuideProvider } from './guide/guide-store'
import { useGuideSession } from './guide/use-guide-session'
import { ArGuide, Guide3D, preloadGuide } from './guide-chunks'
import { HelpRoot } from './help/help-root'

function Status({ label }: { label: string }) {
  return (
    <main className="page" id="main">
      <PageStatus label={label} />
    </main>
  )
}

/**
 * `/repair/:session`: the guide. AR when the session was started for AR and this browser can
 * still start it; otherwise the inline 3D guide (recorded as `mode_changed`).
 */
export function RepairPage() {
  const { session: id = '' } = useParams<{ session: string }>()
  const session = useGuideSession(id)
  // The guide's code loads beside the session's requests, not after them (a reopened link; from
  // the product page's Start button it is already on its way).
  useEffect(() => {
    void detectDeviceMode().then(preloadGuide)
  }, [])
  const title = session.status === 'ok' ? session.data.store.getState().procedure.title : undefined
  useDocumentTitle(title)

  if (session.status === 'loading') return <Status label={t('repair.loading')} />
  if (session.status === 'error')
    return (
      <main className="page" id="main">
        <ErrorAlert message={session.error.message}>
          <div>
            <Link href="/">{t('app.home')}</Link>
          </div>
        </ErrorAlert>
      </main>
    )
  const { store, useAr, token } = session.data
  return (
    <GuideProvider store={store}>
      <HelpRoot sessionId={id} token={token}>
        <Suspense fallback={<Status label={t('repair.loadingGuide')} />}>
          {useAr ? <ArGuide /> : <Guide3D />}
        </Suspense>
      </HelpRoot>
    </GuideProvider>
  )
}
