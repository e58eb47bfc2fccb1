/**
 * Cheap image operations on 8-bit grey frames for the label reader: cut a region out (optionally
 * averaged down by an integer factor, which also averages the sensor noise away), stretch contrast
 * locally (low light and glare leave the code's black and white only a few levels apart), and hand
 * the result to zxing as RGBA. Every function writes into a caller-owned buffer so that a reader
 * running at several frames per second does not allocate per frame. Pure: runs in a worker and in Node.
 */
import type { GreyImage } from './label-pose/types'

/** A rectangle of a frame in whole pixels: [x, x + width) × [y, y + height). */
export type PixelRect = { x: number; y: number; width: number; height: number }

/** A growable scratch buffer of one element type, so repeated calls reuse the same memory. */
export class Scratch<T extends Uint8Array | Uint32Array | Float32Array> {
  private buf: T
  constructor(private readonly make: (n: number) => T) {
    this.buf = make(0)
  }
  /** A view of exactly `n` elements (contents unspecified). */
  take(n: number): T {
    if (this.buf.length < n) this.buf = this.make(Math.ceil(n * 1.25))
    return this.buf.subarray(0, n) as T
  }
}

/**
 * `rect` of `src` averaged over `factor` × `factor` blocks into `out` (which must hold
 * ⌊w/f⌋·⌊h/f⌋ bytes). Returns the output's size.
 */
export function cropScale(
  src: GreyImage,
  rect: PixelRect,
  factor: number,
  out: Uint8Array,
): { width: number; height: number } {
  const width = Math.floor(rect.width / factor)
  const height = Math.floor(rect.height / factor)
  const data = src.data
  const stride = src.width
  if (factor === 1) {
    for (let y = 0; y < height; y++) {
      const from = (rect.y + y) * stride + rect.x
      out.set(data.subarray(from, from + width), y * width)
    }
    return { width, height }
  }
  const area = factor * factor
  const round = area >> 1
  for (let y = 0; y < height; y++) {
    const row = (rect.y + y * factor) * stride + rect.x
    for (let x = 0; x < width; x++) {
      let sum = 0
      let at = row + x * factor
      for (let j = 0; j < factor; j++, at += stride)
        for (let i = 0; i < factor; i++) sum += data[at + i] as number
      out[y * width + x] = ((sum + round) / area) | 0
    }
  }
  return { width, height }
}

/** `img` box-blurred in place over a (2·r + 1)² window (separable running sums; `tmp` ≥ w·h). */
function boxBlur(
  img: Uint8Array,
  width: number,
  height: number,
  r: number,
  tmp: Float32Array,
): void {
  for (let y = 0; y < height; y++) {
    const row = y * width
    let sum = 0
    for (let x = 0; x < Math.min(r, width); x++) sum += img[row + x] as number
    for (let x = 0; x < width; x++) {
      if (x + r < width) sum += img[row + x + r] as number
      if (x - r - 1 >= 0) sum -= img[row + x - r - 1] as number
      tmp[row + x] = sum / (Math.min(width - 1, x + r) - Math.max(0, x - r) + 1)
    }
  }
  const col = new Float32Array(width)
  for (let y = 0; y < Math.min(r, height); y++)
    for (let x = 0; x < width; x++) col[x] = (col[x] as number) + (tmp[y * width + x] as number)
  for (let y = 0; y < height; y++) {
    const add = y + r < height ? (y + r) * width : -1
    const drop = y - r - 1 >= 0 ? (y - r - 1) * width : -1
    const n = Math.min(height - 1, y + r) - Math.max(0, y - r) + 1
    for (let x = 0; x < width; x++) {
      let c = col[x] as number
      if (add >= 0) c += tmp[add + x] as number
      if (drop >= 0) c -= tmp[drop + x] as number
      col[x] = c
      img[y * width + x] = (c / n + 0.5) | 0
    }
  }
}

/**
 * Local contrast normalisation in place: each pixel becomes 128 + 60·(value − local mean) /
 * (local spread + floor), over a (2·radius + 1)² window. A code in deep shadow, half washed out by
 * glare or lit unevenly comes out with the same black and white levels everywhere; `floor` keeps
 * flat noisy areas from being blown up into false edges. With `smooth` > 0 the image is first
 * box-blurred over (2·smooth + 1)², which takes heavy low-light noise down. `scratch` must hold
 * 2·w·h floats.
 */
export function normaliseContrast(
  img: Uint8Array,
  width: number,
  height: number,
  radius: number,
  scratch: Float32Array,
  smooth = 0,
  floor = 6,
): void {
  const n = width * height
  if (smooth > 0) boxBlur(img, width, height, smooth, scratch)
  // Row sums of value and value² over the window, then a running column sum of those.
  const rowSum = scratch.subarray(0, n)
  const rowSq = scratch.subarray(n, 2 * n)
  const r = radius
  for (let y = 0; y < height; y++) {
    const row = y * width
    let s = 0
    let q = 0
    for (let x = 0; x < Math.min(r, width); x++) {
      const v = img[row + x] as number
      s += v
      q += v * v
    }
    for (let x = 0; x < width; x++) {
      if (x + r < width) {
        const v = img[row + x + r] as number
        s += v
        q += v * v
      }
      if (x - r - 1 >= 0) {
        const v = img[row + x - r - 1] as number
        s -= v
        q -= v * v
      }
      rowSum[row + x] = s
      rowSq[row + x] = q
    }
  }
  const colSum = new Float64Array(width)
  const colSq = new Float64Array(width)
  const across = new Float64Array(width)
  for (let x = 0; x < width; x++) across[x] = Math.min(width - 1, x + r) - Math.max(0, x - r) + 1
  for (let y = 0; y < Math.min(r, height); y++)
    for (let x = 0; x < width; x++) {
      colSum[x] = (colSum[x] as number) + (rowSum[y * width + x] as number)
      colSq[x] = (colSq[x] as number) + (rowSq[y * width + x] as number)
    }
  // Rows are written back as they pass the window's trailing edge; the sums read img only via
  // rowSum/rowSq, already computed, so writing in place is safe.
  for (let y = 0; y < height; y++) {
    const add = y + r < height ? (y + r) * width : -1
    const drop = y - r - 1 >= 0 ? (y - r - 1) * width : -1
    const down = Math.min(height - 1, y + r) - Math.max(0, y - r) + 1
    for (let x = 0; x < width; x++) {
      let cs = colSum[x] as number
      let cq = colSq[x] as number
      if (add >= 0) {
        cs += rowSum[add + x] as number
        cq += rowSq[add + x] as number
      }
      if (drop >= 0) {
        cs -= rowSum[drop + x] as number
        cq -= rowSq[drop + x] as number
      }
      colSum[x] = cs
      colSq[x] = cq
      const count = down * (across[x] as number)
      const mean = cs / count
      const spread = Math.sqrt(Math.max(0, cq / count - mean * mean))
      const v = 128 + (60 * ((img[y * width + x] as number) - mean)) / (spread + floor)
      img[y * width + x] = v < 0 ? 0 : v > 255 ? 255 : v
    }
  }
}

/** Grey `src` as opaque RGBA in `out` (4 bytes a pixel), the input zxing's ImageData path takes. */
export function greyToRgbaInto(src: Uint8Array, n: number, out: Uint32Array): void {
  // Little-endian RGBA: alpha in the top byte. Every browser and Node platform we run on is LE.
  for (let i = 0; i < n; i++) out[i] = ((src[i] as number) * 0x010101) | 0xff000000
}

/** RGBA pixels (a canvas's ImageData) as grey in `out`, with zxing's own luma weights. */
export function rgbaToGreyInto(rgba: Uint8ClampedArray, out: Uint8Array): void {
  const n = out.length
  for (let i = 0, j = 0; i < n; i++, j += 4)
    out[i] =
      (306 * (rgba[j] as number) +
        601 * (rgba[j + 1] as number) +
        117 * (rgba[j + 2] as number) +
        512) >>
      10
}
