import { useXR, useXRInputSourceState, useXRStore } from '@react-three/xr'
import { useEffect } from 'react'
import { useTimedFrame } from '../frame-work'
import { aimsAtPanel } from './aims-at-panel'
import { followsLabel } from './follows-label'
import { placeTwin } from './place-twin'
import { usePlacement } from './placement-context'
import { turnTwin } from './placement-frame'

/** Radians per second at full thumbstick deflection. */
const TURN_SPEED = 1.6

/**
 * Placement on a headset, with the select action of its inputs (controllers, hands, gaze and
 * pinch): the ray places the twin where the ray meets a surface, a held select drags it along the surface
 * and the thumbstick turns it. Selects aimed at the in-scene panel belong to its buttons and are
 * left alone. Phones place with their screen instead (`<ScreenPlacement>`).
 */
export function ControllerPlacement() {
  const placement = usePlacement()
  const xr = useXRStore()
  const { store, frame } = placement
  const session = useXR((s) => s.session)
  const controller = useXRInputSourceState('controller', 'right')

  useEffect(() => {
    if (!session) return
    const ours = (e: XRInputSourceEvent) =>
      !aimsAtPanel(e, frame, xr.getState().originReferenceSpace)
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
  }, [session, store, frame, placement, xr])

  useTimedFrame((_, delta) => {
    if (store.getState().phase !== 'aligning') return
    if (frame.dragging && frame.hit.valid) frame.twin.position.copy(frame.hit.position)
    const stick = controller?.inputSource.gamepad?.axes[2] ?? 0
    if (Math.abs(stick) > 0.15) turnTwin(frame, -stick * TURN_SPEED * delta)
  })
  return null
}
