/**
 * The shared vocabulary of the label pose pipeline (decode → refine corners → planar pose →
 * world pose → fusion). Pure data: no three.js, no DOM, so the same code runs in the browser's
 * worker and in Node tests on frames rendered on the CPU.
 *
 * Conventions
 * - Images: 8-bit grey, rows top-down, `data[y * width + x]`; pixel (x, y) covers
 *   [x, x + 1) × [y, y + 1), so its centre is at (x + 0.5, y + 0.5).
 * - Camera frame "CV": x right, y down, z forward (into the scene). WebXR/three view space is
 *   x right, y up, z backward; the two differ by diag(1, −1, −1).
 * - Label frame: origin at the centre of the QR symbol, +x along the top edge from the top-left to
 *   the top-right corner, +y towards the top edge, +z out of the label (towards a viewer reading
 *   it). Corners of a symbol of side s: TL (−s/2, s/2, 0), TR (s/2, s/2, 0), BR (s/2, −s/2, 0),
 *   BL (−s/2, −s/2, 0).
 * - Matrices: 4×4 rigid transforms, column-major, 16 numbers (as WebXR and three.js store them).
 *   `aFromB` maps coordinates in frame B to frame A.
 */

export type Vec3 = [number, number, number]
export type Point2 = [number, number]
/** Column-major 4×4 matrix. */
export type Mat4 = number[]

/** Top-left, top-right, bottom-right, bottom-left, in the symbol's own orientation. */
export type LabelCorners = [Point2, Point2, Point2, Point2]

export type GreyImage = { data: Uint8Array | Uint8ClampedArray; width: number; height: number }

/** Pinhole intrinsics in pixels of an image `width` × `height` (CV camera frame). */
export type Intrinsics = {
  fx: number
  fy: number
  cx: number
  cy: number
  width: number
  height: number
}

/** One planar pose solution of the label seen by a camera. */
export type LabelPoseSolution = {
  /** CV camera frame from label frame. */
  cameraFromLabel: Mat4
  /** RMS reprojection error of the four corners, pixels. */
  reprojectionErrorPx: number
}

/**
 * What the product's pose implies about how the label should look relative to gravity, used to
 * pick between the two planar solutions: world up expressed in the CV camera frame, and the
 * label's normal and up directions in model space (the product stands upright: model Y is up).
 */
export type GravityPrior = { upInCamera: Vec3; labelNormal: Vec3; labelUp: Vec3 }

/** One sighting of the label turned into a product pose in the world (XR reference space). */
export type ProductObservation = {
  worldFromModel: Mat4
  /** World position of the camera when the frame was taken (for viewpoint diversity). */
  cameraPosition: Vec3
  reprojectionErrorPx: number
  /** Frame time, ms. */
  at: number
}

/** The customer-facing alignment state. */
export type AlignmentPhase = 'looking' | 'hold-still' | 'move-a-little' | 'aligned'

export type AlignmentEstimate = {
  phase: AlignmentPhase
  /** The fused product pose, once there is one. */
  worldFromModel: Mat4 | null
  /** Estimated position error at the product's parts, mm (1-sigma-ish), once there is a pose. */
  errorMm: number | null
  /** Observations used (inliers) and rejected so far. */
  inliers: number
  outliers: number
}
