import { yawFacing } from './fallback-pose'
import { type PlacementFrame, placementTarget } from './placement-frame'
import type { PlacementStore } from './placement-store'

/**
 * Puts the twin where the reticle is, turned to face the viewer, and starts aligning. Called from
 * a controller select or a tap on the phone's overlay.
 */
export function placeTwin(store: PlacementStore, frame: PlacementFrame): void {
  const target = placementTarget(frame)
  frame.twin.position.copy(target.position)
  frame.twin.yaw = yawFacing(target.position, frame.viewer.position)
  store.getState().place(target.method)
}
