import { Matrix4, Raycaster, Vector3 } from 'three'
import type { PlacementFrame } from './placement-frame'

const ray = new Raycaster()
const pose = new Matrix4()
const origin = new Vector3()
const direction = new Vector3()

/**
 * Whether a select's ray meets the in-scene panel, from the input's pose at that very event: a
 * press on a button that changes the panel removes that button under the ray, and no pointer
 * leave ever comes for it, so a hover count alone would keep later selects from the room.
 */
export function aimsAtPanel(
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
