import { Canvas } from '@react-three/fiber'
import { XR, XRDomOverlay } from '@react-three/xr'
import { useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useDocumentTitle } from '../ui/use-document-title'
import { detectDeviceMode } from './device-mode'
import { HitProbe, type Vec3 } from './hit-probe'
import { HitReadout } from './hit-readout'
import { createFixpointXRStore } from './xr-store'

// One store for this screen, made when its chunk loads (after any emulator is installed).
const store = createFixpointXRStore({ hitTest: 'required' })

/**
 * `/xr-check`: can this device start an `immersive-ar` session and hit-test the real world? Harmless
 * in production; end-to-end tests drive it with the emulator (`/xr-check?emulate=quest3`).
 */
export function XrCheckPage() {
  useDocumentTitle(t('xr.title'))
  const session = useStore(store, (s) => s.session)
  const mode = useStore(store, (s) => s.mode)
  const [supported, setSupported] = useState<boolean | null>(null)
  const [starting, setStarting] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [hit, setHit] = useState<Vec3 | null>(null)

  useEffect(() => {
    let current = true
    detectDeviceMode().then((m) => {
      if (current) setSupported(m === 'immersive-ar')
    })
    return () => {
      current = false
    }
  }, [])

  async function enter() {
    setStarting(true)
    setError(null)
    setHit(null)
    try {
      await store.enterAR()
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err))
    } finally {
      setStarting(false)
    }
  }

  const readout = <HitReadout inSession={session != null} mode={mode} hit={hit} />
  return (
    <main className="page" id="main">
      <h1>{t('xr.title')}</h1>
      <p className="lead">{t('xr.lead')}</p>
      {supported === null && <PageStatus label={t('xr.checking')} />}
      {supported === false && <p className="muted">{t('xr.unsupported')}</p>}
      {supported && session == null && (
        <button type="button" className="button button-primary" onClick={enter} disabled={starting}>
          {starting ? t('xr.starting') : t('xr.enter')}
        </button>
      )}
      {error && <ErrorAlert message={t('xr.failed', { message: error })} />}
      {session == null && hit && readout}
      <div className="xr-canvas" aria-hidden="true">
        <Canvas>
          <XR store={store}>
            <HitProbe onFirstHit={setHit} />
            <XRDomOverlay>
              {readout}
              <button type="button" className="button" onClick={() => void session?.end()}>
                {t('xr.exit')}
              </button>
            </XRDomOverlay>
          </XR>
        </Canvas>
      </div>
    </main>
  )
}
