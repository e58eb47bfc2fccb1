import { useXR, useXRInputSourceState, useXRSessionFeatureEnabled } from '@react-three/xr'
import { useEffect } from 'react'
import { useTimedFrame } from '../frame-work'
import { followsLabel } from './follows-label'
import { placeTwin } from './place-twin'
import { usePlacement } from './placement-context'
import { turnTwin } from './placement-frame'

/** Radians per second at full thumbstick deflection. */
const TURN_SPEED = 1.6

/**
 * Placement with the select action of the session's inputs: on a headset, the controller ray (or
 * a pinch) places the twin where the ray meets a surface, a held select drags it along the surface
 * and the thumbstick turns it. On a phone without a DOM overlay a screen tap places it. Selects
 * aimed at the in-scene panel belong to its buttons and are left alone.
 */
export function ControllerPlacement() {
  const placement = usePlacement()
  const { store, frame } = placement
  const session = useXR((s) => s.session)
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  const controller = useXRInputSourceState('controller', 'right')

  useEffect(() => {
    if (!session) return
    const ours = (e: XRInputSourceEvent) =>
      frame.overPanel === 0 && (!domOverlay || e.inputSource.targetRayMode === 'tracked-pointer')
    const onStart = (e: XRInputSourceEvent) => {
      if (!ours(e)) return
      const { phase } = store.getState()
      if (phase === 'searching') {
        if (!followsLabel(store)) placeTwin(placement)
      } else if (phase === 'aligning') frame.dragging = true
    }
    const onEnd = () => {
      frame.dragging = false
    }
    session.addEventListener('selectstart', onStart)
    session.addEventListener('selectend', onEnd)
    return () => {
      session.removeEventListener('selectstart', onStart)
      session.removeEventListener('selectend', onEnd)
    }
  }, [session, store, frame, domOverlay, placement])

  useTimedFrame((_, delta) => {
    if (store.getState().phase !== 'aligning') return
    if (frame.dragging && frame.hit.valid) frame.twin.position.copy(frame.hit.position)
    const stick = controller?.inputSource.gamepad?.axes[2] ?? 0
    if (Math.abs(stick) > 0.15) turnTwin(frame, -stick * TURN_SPEED * delta)
  })
  return null
}
