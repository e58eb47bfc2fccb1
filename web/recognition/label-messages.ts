import type { LabelPose } from '../../server/domain/product'
import type { Intrinsics, LabelCorners, Mat4, ProductObservation } from './label-pose/types'

/** A rectangle of a grey frame, pixels. */
export type FrameRegion = { x: number; y: number; width: number; height: number }

/**
 * One camera frame for the label worker: grey pixels (rows top-down, transferred; the first
 * `region.width × region.height` bytes of the buffer, which may be longer) of `region`
 * of a `width` × `height` frame (the whole frame, or only around where the code was last read),
 * the camera's intrinsics for the whole frame, and the view's pose (world from WebXR view) when
 * it was taken.
 * `label`: the product's label pose, to turn the label's pose into the product's (omitted when
 * only the code is wanted).
 */
export type LabelFrameRequest = {
  id: number
  pixels: ArrayBuffer
  width: number
  height: number
  region: FrameRegion
  intrinsics: Intrinsics
  worldFromView: Mat4
  /** Frame time, ms (the XR frame's clock). */
  at: number
  label?: LabelPose
}

/**
 * What the worker saw: nothing, a code (and its corners), and a product pose when it solved.
 * `pixels`: the request's buffer handed back (transferred) for a next frame it can hold.
 */
export type LabelFrameReply = (
  | { id: number; found: false }
  | {
      id: number
      found: true
      code: string
      corners: LabelCorners
      observation?: ProductObservation
    }
  | { id: number; error: string }
) & { pixels?: ArrayBuffer }
