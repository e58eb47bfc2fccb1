import {
  useXR,
  useXRInputSourceState,
  useXRSessionFeatureEnabled,
  useXRStore,
} from '@react-three/xr'
import { useEffect } from 'react'
import { Matrix4, Raycaster, Vector3 } from 'three'
import { useTimedFrame } from '../frame-work'
import { followsLabel } from './follows-label'
import { placeTwin } from './place-twin'
import { usePlacement } from './placement-context'
import { type PlacementFrame, turnTwin } from './placement-frame'

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
  const xr = useXRStore()
  const { store, frame } = placement
  const session = useXR((s) => s.session)
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  const controller = useXRInputSourceState('controller', 'right')

  useEffect(() => {
    if (!session) return
    const ours = (e: XRInputSourceEvent) =>
      !aimsAtPanel(e, frame, xr.getState().originReferenceSpace) &&
      (!domOverlay || e.inputSource.targetRayMode === 'tracked-pointer')
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
  }, [session, store, frame, domOverlay, placement, xr])

  useTimedFrame((_, delta) => {
    if (store.getState().phase !== 'aligning') return
    if (frame.dragging && frame.hit.valid) frame.twin.position.copy(frame.hit.position)
    const stick = controller?.inputSource.gamepad?.axes[2] ?? 0
    if (Math.abs(stick) > 0.15) turnTwin(frame, -stick * TURN_SPEED * delta)
  })
  return null
}

const ray = new Raycaster()
const pose = new Matrix4()
const origin = new Vector3()
const direction = new Vector3()

/**
 * Whether a select's ray meets the in-scene panel, from the input's pose at that very event: a
 * press on a button that changes the panel removes that button under the ray, and no pointer
 * leave ever comes for it, so a hover count alone would keep later selects from the room.
 */
function aimsAtPanel(
  e: XRInputSourceEvent,
  frame: PlacementFrame,
  space: XRReferenceSpace | undefined,
): boolean {
  const panel = frame.panel
  if (!panel) return false
  const at = space ? e.frame.getPose(e.inputSource.targetRaySpace, space) : undefined
  if (!at) return frame.overPanel > 0
  pose.fromArray(at.transform.matrix)
  origin.setFromMatrixPosition(pose)
  direction.set(0, 0, -1).transformDirection(pose)
  ray.set(origin, direction)
  return ray.intersectObject(panel, true).length > 0
}
