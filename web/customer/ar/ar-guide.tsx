import './ar-guide.css'
import { Canvas } from '@react-three/fiber'
import { XR, type XRStore } from '@react-three/xr'
import { lazy, Suspense, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { t } from '../../i18n/t'
import { prewarmLabelWorker } from '../../recognition/label-reader'
import { PageStatus } from '../../ui/page-status'
import { createFixpointXRStore } from '../../xr/xr-store'
import { GuideProvider, useGuide, useGuideStore } from '../guide/guide-store'
import { callMediaFor } from '../help/call-media'
import { useHelpContext } from '../help/help-store'
import { ArGuideSession } from './ar-guide-session'
import { ArStart } from './ar-start'
import { markArEntered } from './ar-timing'

const Guide3D = lazy(() => import('../guide/guide-3d').then((m) => ({ default: m.Guide3D })))

/**
 * The AR guide (`immersive-ar`): a Start AR button (browsers need a tap to open the camera), then
 * placement of the product's twin and the steps on it. Hit-test, anchors and the DOM overlay are
 * optional features; without each it degrades (fallback placement, an unanchored pose, an in-scene
 * panel). Leaving AR comes back here, with the 3D guide on offer. Rendered inside <GuideProvider>.
 */
export function ArGuide() {
  const [xr, setXr] = useState<XRStore | null>(null)
  // Made in an effect so that its cleanup (destroy) pairs with it, StrictMode's re-run included.
  useEffect(() => {
    const store = createFixpointXRStore({ hitTest: true })
    setXr(store)
    return () => store.destroy()
  }, [])
  return xr ? <ArGuideWith xr={xr} /> : <PageStatus label={t('app.loading')} />
}

/** Rendered inside <XR>: once it has mounted, the XR store is connected to three.js. */
export function Connected({ onConnected }: { onConnected: () => void }) {
  useEffect(onConnected, [onConnected])
  return null
}

function ArGuideWith({ xr }: { xr: XRStore }) {
  const guide = useGuideStore()
  const session = useStore(xr, (s) => s.session)
  const [use3d, setUse3d] = useState(false)
  const [entered, setEntered] = useState(false)
  // The canvas mounts after the page: Start AR waits until <XR> has three.js to start it with.
  const [connected, setConnected] = useState(false)
  const help = useHelpContext()
  const hasLabel = useGuide((s) => s.product.label != null)

  // The label reader gets ready while the customer reads this page and presses Start AR.
  useEffect(() => {
    if (hasLabel) prewarmLabelWorker()
  }, [hasLabel])

  useEffect(() => {
    if (!session) return
    markArEntered()
    setEntered(true)
  }, [session])

  if (use3d)
    return (
      <Suspense fallback={<PageStatus label={t('guide.loadingModel')} />}>
        <Guide3D />
      </Suspense>
    )
  return (
    <>
      <ArStart
        xr={xr}
        ready={connected}
        left={entered && !session}
        onStarting={(starting) =>
          help?.store.getState().setCallMedia(starting ? 'audio' : callMediaFor(null))
        }
        onUse3d={() => {
          guide.getState().record('mode_changed', { from: 'immersive-ar', to: 'inline' })
          setUse3d(true)
        }}
      />
      <div className="xr-canvas" aria-hidden="true">
        <Canvas>
          <XR store={xr}>
            <Connected onConnected={() => setConnected(true)} />
            <GuideProvider store={guide}>
              <ArGuideSession />
            </GuideProvider>
          </XR>
        </Canvas>
      </div>
    </>
  )
}
