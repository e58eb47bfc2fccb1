/** The label pose pipeline: decode corners → refine → planar pose → world pose → fusion. */

export type { AlignmentFusion, FusionOptions } from './fusion'
export { createAlignmentFusion } from './fusion'
export { intrinsicsFromProjection, project, scaleIntrinsics } from './intrinsics'
export {
  identity,
  invertRigid,
  mat4FromQuat,
  multiply,
  quatFromMat4,
  rotationAngle,
  transformDirection,
  transformPoint,
} from './mat4'
export { labelCornerPoints, solveLabelPose, solveLabelPoseCandidates } from './planar-pose'
export type { RefineOptions } from './refine-corners'
export { refineCorners } from './refine-corners'
export type * from './types'
export { modelFromLabel, tapLabelPose, upInCamera, worldFromModel } from './world-pose'
