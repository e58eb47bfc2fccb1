import { Matrix4, Vector3 } from 'three'
import { tapLabelPose } from '../../recognition/label-pose'
import { yawFacing } from './fallback-pose'
import type { Placement } from './placement-context'
import { placementTarget, setTwinYaw } from './placement-frame'

/**
 * Puts the twin down and starts aligning: at `surfacePoint` when given (the surface under a
 * phone user's finger), else where the reticle is. By hand it stands on the surface turned to
 * face the viewer; in tap-the-label mode the reticle is on the label, and the label's pose in the
 * model puts the whole product there (only its turn is left to adjust). Called from a controller
 * select or a tap on the phone's screen. False when nothing was placed (a tap on the label with
 * no surface under the reticle).
 */
export function placeTwin({ store, frame, label }: Placement, surfacePoint?: Vector3): boolean {
  if (store.getState().tapLabel && label) {
    if (!frame.hit.valid) return false
    const { position: p, normal: n } = frame.hit
    const v = frame.viewer.position
    const pose = tapLabelPose([p.x, p.y, p.z], [n.x, n.y, n.z], label, [v.x, v.y, v.z])
    new Matrix4()
      .fromArray(pose)
      .decompose(frame.twin.position, frame.twin.quaternion, new Vector3())
    store.getState().place('label-tap')
    return true
  }
  const target = surfacePoint
    ? { position: surfacePoint, method: 'hit-test' as const }
    : placementTarget(frame)
  frame.twin.position.copy(target.position)
  setTwinYaw(frame, yawFacing(target.position, frame.viewer.position))
  store.getState().place(target.method)
  return true
}
