import type { LabelPose } from '../../../server/domain/product'
import {
  cross,
  fromRotationTranslation,
  invertRigid,
  multiply,
  normalize,
  sub,
  transformDirection,
} from './mat4'
import type { Mat4, Vec3 } from './types'

/** WebXR view space (x right, y up, z back) from the CV camera frame (x right, y down, z forward). */
const VIEW_FROM_CV: Mat4 = [1, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1]

/**
 * The label frame's pose in model space: origin at the label centre, +y along `up`, +z along
 * `normal`, +x = up × normal (the symbol's top edge runs left to right along +x).
 */
export function modelFromLabel(label: LabelPose): Mat4 {
  const n = normalize(label.normal)
  const u = normalize(label.up)
  const x = cross(u, n)
  return fromRotationTranslation(
    [x[0], u[0], n[0], x[1], u[1], n[1], x[2], u[2], n[2]],
    label.center,
  )
}

/**
 * The product's pose in the XR world from one sighting of its label:
 * worldFromView · diag(1, −1, −1) · cameraFromLabel · inverse(modelFromLabel).
 * `worldFromView` is `XRView.transform.matrix` of the view the camera image belongs to (a
 * Float32Array is fine).
 */
export function worldFromModel(
  worldFromView: ArrayLike<number>,
  cameraFromLabel: ArrayLike<number>,
  label: LabelPose,
): Mat4 {
  return multiply(
    multiply(multiply(worldFromView, VIEW_FROM_CV), cameraFromLabel),
    invertRigid(modelFromLabel(label)),
  )
}

/** World up (XR world +Y) in the CV camera frame of a view, for the planar pose's gravity prior. */
export function upInCamera(worldFromView: ArrayLike<number>): Vec3 {
  // The view's rotation transposed takes world directions into view space; then view → CV.
  const v: Vec3 = [worldFromView[1] ?? 0, worldFromView[5] ?? 0, worldFromView[9] ?? 0]
  return normalize([v[0], -v[1], -v[2]])
}

/** Labels whose face is within this of horizontal cannot fix the product's heading. */
const MIN_HORIZONTAL = Math.sin((25 * Math.PI) / 180)

/**
 * The product's pose without camera access: the customer taps the label and a hit test gives
 * the tapped point (taken as the label centre) and the surface normal. The product stands
 * upright (model +Y = world +Y), so only its heading is free: it turns the label's model normal
 * onto the surface normal. When the label face is (nearly) horizontal the normal says nothing
 * about heading, so the product is turned to face the viewer (model +Z towards `viewerWorld`).
 */
export function tapLabelPose(
  hitWorld: Vec3,
  surfaceNormalWorld: Vec3,
  label: LabelPose,
  viewerWorld: Vec3,
): Mat4 {
  const nModel = normalize(label.normal)
  const nWorld = normalize(surfaceNormalWorld)
  const modelFlat = Math.hypot(nModel[0], nModel[2])
  const worldFlat = Math.hypot(nWorld[0], nWorld[2])
  let yaw: number
  if (modelFlat >= MIN_HORIZONTAL && worldFlat >= MIN_HORIZONTAL) {
    // Heading of a horizontal direction (x, z) is atan2(x, z); rotate model heading onto world's.
    yaw = Math.atan2(nWorld[0], nWorld[2]) - Math.atan2(nModel[0], nModel[2])
  } else {
    const toViewer = sub(viewerWorld, hitWorld)
    yaw = Math.hypot(toViewer[0], toViewer[2]) > 1e-6 ? Math.atan2(toViewer[0], toViewer[2]) : 0
  }
  const c = Math.cos(yaw)
  const s = Math.sin(yaw)
  const rotation = [c, 0, s, 0, 1, 0, -s, 0, c]
  const centre = transformDirection(fromRotationTranslation(rotation, [0, 0, 0]), label.center)
  return fromRotationTranslation(rotation, sub(hitWorld, centre))
}
