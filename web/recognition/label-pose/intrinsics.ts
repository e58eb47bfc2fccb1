import type { Intrinsics } from './types'

/**
 * Pinhole intrinsics of a camera image from the WebXR/GL projection matrix `p` of its view
 * (column-major) and the image size, for an image whose rows run top-down.
 *
 * Derivation: a CV camera point (X, Y, Z) is (X, −Y, −Z) in GL view space, so
 * clip x = p0·X − p8·Z, clip y = −p5·Y − p9·Z and clip w = Z (p11 = −1). Hence
 * ndc x = p0·X/Z − p8 and ndc y = −p5·Y/Z − p9. Pixel u = (ndc x + 1)·w/2 gives fx = p0·w/2,
 * cx = (1 − p8)·w/2; with rows top-down, v = (1 − ndc y)·h/2 gives fy = p5·h/2 and
 * cy = (1 + p9)·h/2 (the bottom-up form would be (1 − p9)·h/2). Skew (p4) is taken as zero, as
 * WebXR devices report. Pixel coordinates are continuous: pixel (x, y) covers [x, x + 1).
 */
export function intrinsicsFromProjection(
  p: ArrayLike<number>,
  width: number,
  height: number,
): Intrinsics {
  if (p.length !== 16) throw new Error(`a projection matrix has 16 numbers, got ${p.length}`)
  if (!(width > 0 && height > 0)) throw new Error(`bad image size ${width}×${height}`)
  const [p0, p5, p8, p9, p11] = [p[0] ?? 0, p[5] ?? 0, p[8] ?? 0, p[9] ?? 0, p[11] ?? 0]
  if (!(p0 > 0 && p5 > 0) || Math.abs(p11 + 1) > 1e-6)
    throw new Error('not a perspective projection matrix (expected p[0], p[5] > 0 and p[11] = −1)')
  return {
    fx: (p0 * width) / 2,
    fy: (p5 * height) / 2,
    cx: ((1 - p8) * width) / 2,
    cy: ((1 + p9) * height) / 2,
    width,
    height,
  }
}

/**
 * The same camera's intrinsics for the image resampled to `width` × `height` (e.g. the
 * downsampled grey frame read back from the GPU): pixel edges scale, so every term scales.
 */
export function scaleIntrinsics(intr: Intrinsics, width: number, height: number): Intrinsics {
  if (!(width > 0 && height > 0)) throw new Error(`bad image size ${width}×${height}`)
  const sx = width / intr.width
  const sy = height / intr.height
  return { fx: intr.fx * sx, fy: intr.fy * sy, cx: intr.cx * sx, cy: intr.cy * sy, width, height }
}

/** Pixel position of a CV camera-frame point (in front of the camera). */
export function project(intr: Intrinsics, p: ArrayLike<number>): [number, number] {
  const z = p[2] ?? 0
  return [intr.fx * ((p[0] ?? 0) / z) + intr.cx, intr.fy * ((p[1] ?? 0) / z) + intr.cy]
}
