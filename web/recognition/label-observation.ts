import type { LabelPose } from '../../server/domain/product'
import { refineCorners, solveLabelPose, upInCamera, worldFromModel } from './label-pose'
import type {
  GreyImage,
  Intrinsics,
  LabelCorners,
  Mat4,
  ProductObservation,
} from './label-pose/types'

/** One decoded label in one frame, with what is known about the camera then. */
export type LabelSighting = {
  image: GreyImage
  /** The decoder's corners (TL, TR, BR, BL in the symbol's orientation), pixels. */
  corners: LabelCorners
  /** Modules per side of the symbol, when the decoder says (QR: 17 + 4 · version). */
  modules?: number
  intrinsics: Intrinsics
  /** World from WebXR view when the frame was taken. */
  worldFromView: Mat4
  label: LabelPose
  at: number
}

/**
 * The product's pose in the world from one sighting of its label: sub-pixel corners, the planar
 * pose with gravity choosing between the two solutions, then through the view's pose and the
 * label's pose in the model. Null when the pose cannot be solved.
 */
export function observeProduct(s: LabelSighting): ProductObservation | null {
  const corners = refineCorners(s.image, s.corners, s.modules ? { modules: s.modules } : {})
  const prior = {
    upInCamera: upInCamera(s.worldFromView),
    labelNormal: s.label.normal,
    labelUp: s.label.up,
  }
  const solution = solveLabelPose(corners, s.intrinsics, s.label.sizeMm / 1000, prior)
  if (!solution) return null
  const m = s.worldFromView
  return {
    worldFromModel: worldFromModel(s.worldFromView, solution.cameraFromLabel, s.label),
    cameraPosition: [m[12] ?? 0, m[13] ?? 0, m[14] ?? 0],
    reprojectionErrorPx: solution.reprojectionErrorPx,
    at: s.at,
  }
}
