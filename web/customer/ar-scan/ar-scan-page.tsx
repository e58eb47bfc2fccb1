import '../ar/ar-guide.css'
import { Canvas } from '@react-three/fiber'
import { XR, type XRStore } from '@react-three/xr'
import { useEffect, useState } from 'react'
import { Link, useLocation } from 'wouter'
import { useStore } from 'zustand'
import { t } from '../../i18n/t'
import { prewarmLabelWorker } from '../../recognition/label-reader'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useDocumentTitle } from '../../ui/use-document-title'
import { createFixpointXRStore } from '../../xr/xr-store'
import { Connected } from '../ar/ar-guide'
import { ArGuideSession } from '../ar/ar-guide-session'
import { markArEntered } from '../ar/ar-timing'
import { GuideProvider } from '../guide/guide-store'
import { useGuideOutbox } from '../guide/use-guide-session'
import { HelpRoot } from '../help/help-root'
import { ArRecognizeScene } from './ar-recognize-scene'
import { type ArScanStore, createArScanStore } from './ar-scan-store'

/**
 * `/ar`: recognition inside AR. One Start AR, then one motion: the camera reads the product's
 * label, the customer chooses the problem, and the guide opens inside the same AR session, its
 * twin aligned on the product from the same label. Leaving AR goes to the repair's own page,
 * where it can go on (in AR again or in 3D).
 */
export function ArScanPage() {
  useDocumentTitle(t('arScan.title'))
  const [xr, setXr] = useState<XRStore | null>(null)
  const [scan] = useState(createArScanStore)
  useEffect(() => {
    const store = createFixpointXRStore({ hitTest: true })
    setXr(store)
    return () => store.destroy()
  }, [])
  return xr ? (
    <ArScan xr={xr} scan={scan} />
  ) : (
    <main className="page" id="main">
      <PageStatus label={t('app.loading')} />
    </main>
  )
}

function ArScan({ xr, scan }: { xr: XRStore; scan: ArScanStore }) {
  const session = useStore(xr, (s) => s.session)
  const guide = useStore(scan, (s) => s.guide)
  const [connected, setConnected] = useState(false)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [entered, setEntered] = useState(false)
  const [, navigate] = useLocation()
  useGuideOutbox(guide?.id ?? '', guide?.opened ?? null)
  // The label reader gets ready while the customer reads this page and presses Start AR.
  useEffect(prewarmLabelWorker, [])

  useEffect(() => {
    if (session) {
      markArEntered()
      setEntered(true)
    } else if (entered && guide) navigate(`/repair/${guide.id}`)
  }, [session, entered, guide, navigate])

  async function start() {
    setStarting(true)
    setError(null)
    try {
      await xr.enterAR()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setStarting(false)
    }
  }

  return (
    <>
      <main className="page ar-start" id="main">
        <h1>{t('arScan.title')}</h1>
        <p className="lead">{entered && !session ? t('arScan.left') : t('arScan.lead')}</p>
        {error && <ErrorAlert message={t('ar.failed', { message: error })} />}
        <div className="ar-start-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void start()}
            disabled={starting || !connected || session != null}
          >
            {starting ? t('ar.starting') : t('ar.start')}
          </button>
          <Link className="button" href="/">
            {t('arScan.scanInstead')}
          </Link>
        </div>
      </main>
      <div className="xr-canvas" aria-hidden="true">
        <Canvas>
          <XR store={xr}>
            <Connected onConnected={() => setConnected(true)} />
            {guide ? (
              <GuideProvider store={guide.opened.store}>
                <HelpRoot sessionId={guide.id} token={guide.opened.token}>
                  <ArGuideSession />
                </HelpRoot>
              </GuideProvider>
            ) : (
              <ArRecognizeScene store={scan} />
            )}
          </XR>
        </Canvas>
      </div>
    </>
  )
}
