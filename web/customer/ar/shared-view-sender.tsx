import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { type StoreApi, useStore } from 'zustand'
import { timed } from '../../xr/frame-work'
import { exposeValue } from '../../xr/placement/automation'
import { ViewShare } from '../../xr/shared-view/view-share'
import { type HelpState, useHelpContext } from '../help/help-store'

/** How often the share's counters are published for tests and diagnostics, ms. */
const STATS_EVERY_MS = 500

/**
 * While a call from AR sends the AR view (`callMedia` `ar`), composes it every XR frame after
 * three.js has drawn the scene and hands the video and the frames' poses to the call through the
 * help store. Renders nothing; gone with the call or the session.
 */
export function SharedViewSender() {
  const ctx = useHelpContext()
  return ctx ? <WhileSharing store={ctx.store} /> : null
}

function WhileSharing({ store }: { store: StoreApi<HelpState> }) {
  const sharing = useStore(store, (s) => s.status === 'active' && s.callMedia === 'ar')
  return sharing ? <Share store={store} /> : null
}

function Share({ store }: { store: StoreApi<HelpState> }) {
  const renderer = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  useEffect(() => {
    let made: ViewShare
    try {
      // WebGL1 cannot read back without stalling: the call stays audio only, and says why.
      made = new ViewShare(renderer, {
        overlay: () => document.querySelector('[data-shared-overlay]'),
      })
    } catch (err) {
      console.warn('The AR view cannot be shared; the call stays audio only.', err)
      return
    }
    const previous = scene.onAfterRender
    let published = 0
    // After three has drawn the scene into the XR framebuffer, inside the same XR frame.
    const afterRender = timed(() => made.afterRender(renderer))
    const publish = () => {
      // Only where tests read it: production builds drop this as dead code.
      if (!import.meta.env.TEST_HOOKS) return
      const now = performance.now()
      if (now - published < STATS_EVERY_MS) return
      published = now
      exposeValue('sharedView.stats', JSON.stringify(made.stats))
    }
    scene.onAfterRender = (...args) => {
      previous.apply(scene, args)
      afterRender()
      publish()
    }
    store.getState().setSharedView(made.feed)
    return () => {
      scene.onAfterRender = previous
      store.getState().setSharedView(null)
      made.dispose()
    }
  }, [store, renderer, scene])
  return null
}
