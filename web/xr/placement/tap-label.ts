import { Matrix4, type Quaternion, Vector3 } from 'three'
import type { LabelPose } from '../../../server/domain/product'

const UP = new Vector3(0, 1, 0)
/** Below this horizontal length a normal counts as vertical: the label is on a top or bottom face. */
const FLAT = 0.2

/**
 * The product's pose from a tap on its label where the camera is not offered: the hit test gives
 * the tapped point (taken as the label's centre) and the surface normal there. The product stands
 * upright (model Y is the room's up), so only its turn about the up axis is unknown, and the
 * label's normal fixes it: the turn that takes the label's normal in the model onto the surface
 * normal. A label on a top face leaves the turn open; then the product faces the viewer, and the
 * customer twists it. Writes `position` and `quaternion` (world from model).
 */
export function tapLabelPose(
  hit: Vector3,
  surfaceNormal: Vector3,
  label: LabelPose,
  viewer: Vector3,
  out: { position: Vector3; quaternion: Quaternion },
): void {
  const [mx, , mz] = label.normal
  const modelFlat = Math.hypot(mx, mz)
  const worldFlat = Math.hypot(surfaceNormal.x, surfaceNormal.z)
  let yaw: number
  if (modelFlat > FLAT && worldFlat > FLAT) {
    // Rotation about +Y by yaw maps (x, z) to (x cos + z sin, −x sin + z cos).
    yaw = Math.atan2(surfaceNormal.x, surfaceNormal.z) - Math.atan2(mx, mz)
  } else {
    yaw = Math.atan2(viewer.x - hit.x, viewer.z - hit.z)
  }
  out.quaternion.setFromAxisAngle(UP, yaw)
  const centre = new Vector3(...label.center).applyQuaternion(out.quaternion)
  out.position.copy(hit).sub(centre)
}

/** The label's pose in the model as a matrix (for tests and the occluder's label outline). */
export function modelFromLabelMatrix(label: LabelPose): Matrix4 {
  const n = new Vector3(...label.normal)
  const u = new Vector3(...label.up)
  const x = new Vector3().crossVectors(u, n)
  return new Matrix4().makeBasis(x, u, n).setPosition(...label.center)
}
