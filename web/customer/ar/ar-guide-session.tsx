import { useXR } from '@react-three/xr'
import { useEffect, useState } from 'react'
import { PlacementProvider } from '../../xr/placement/placement-context'
import { createPlacementFrame } from '../../xr/placement/placement-frame'
import { createPlacementStore } from '../../xr/placement/placement-store'
import { useGuide } from '../guide/guide-store'
import { callMediaFor } from '../help/call-media'
import { useHelpContext } from '../help/help-store'
import { ArScene } from './ar-scene'
import { parseLabel } from './parse-label'

/**
 * One guide's AR session inside <XR>: its placement (store, per-frame object and the product's
 * label pose), reset when the session ends, and the call's media handed to the session (a phone's
 * camera belongs to AR while it runs). Used by the repair page and by AR recognition from `/`,
 * which opens the guide inside the session it already has.
 */
export function ArGuideSession() {
  const raw = useGuide((s) => s.product.label)
  const [placement] = useState(() => ({
    store: createPlacementStore(),
    frame: createPlacementFrame(),
    label: parseLabel(raw),
  }))
  const session = useXR((s) => s.session)
  const help = useHelpContext()

  useEffect(() => {
    help?.store.getState().setCallMedia(callMediaFor(session ?? null))
  }, [help, session])

  useEffect(() => {
    if (session) return
    placement.frame.anchorRequest?.(null)
    placement.frame.anchorRequest = null
    placement.store.getState().reset()
  }, [session, placement])

  return (
    <PlacementProvider value={placement}>
      <ArScene />
    </PlacementProvider>
  )
}
