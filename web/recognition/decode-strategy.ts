/**
 * A label reader that varies how it looks at each frame instead of repeating one zxing call: the
 * binarizer, the scale, a local contrast stretch (low light, glare), zxing's denoiser, and a
 * full-resolution crop around where the label was last seen (a small code at arm's length, and a
 * cheap place to spend the expensive options). What worked last is tried first; after a miss the
 * next way in the rotation gets the next frame. One zxing call per frame, plus a second when the
 * region is small (a crop, a half-size copy of a 640×480 frame), bounds the cost: the hard-frame
 * bench (`tests/bench/read-rate.ts`) measures it. Pure apart from the injected `readBarcodes`, so
 * it runs in the scan page's worker, the AR label worker and Node tests alike.
 */
import type { ReaderOptions, ReadResult, readBarcodes } from 'zxing-wasm/reader'
import { ZXING_READER_OPTIONS } from './code-formats'
import {
  cropScale,
  greyToRgbaInto,
  normaliseContrast,
  type PixelRect,
  Scratch,
} from './grey-filters'
import type { GreyImage, LabelCorners, Point2 } from './label-pose/types'

export type DecodedLabel = {
  text: string
  format: string
  /** The symbol's version as zxing reports it ("3" for a QR of 29 modules), '' when unknown. */
  version: string
  /** zxing's position (TL, TR, BR, BL in the symbol's orientation) in full-frame pixels. */
  corners: LabelCorners
  /** Where and how it was read, e.g. `frame/plain`, `crop/half/lcn/smooth`: for figures and debugging. */
  strategy: string
}

export type LabelDecoderOptions = {
  /** zxing options every attempt starts from (formats, …); defaults to the app's. */
  base?: ReaderOptions
  /**
   * Frames after the last read during which only the crop around it is searched (10: 2 s at the
   * AR read rate); after that the whole frame again.
   */
  cropMemory?: number
}

export type LabelDecoder = {
  /**
   * Reads the label in one frame, or `null`; remembers where it was for the next frames. `where`:
   * the part of the frame to search, when the caller knows better than the last sighting (the AR
   * capture reads back only a region around where its device's motion puts the label, and sends
   * the whole frame once it has lost it); the whole frame's rectangle searches all of it.
   */
  decode(img: GreyImage, where?: PixelRect): Promise<DecodedLabel | null>
  /** Forgets the last position and the favoured attempts (a new product, a new session). */
  reset(): void
}

/** One way of looking at a region of a frame. */
export type Recipe = {
  name: string
  /** Average the region down by this factor first (noise down, cost down, modules smaller). */
  factor: number
  /** Stretch local contrast before reading. */
  lcn: boolean
  /** With `lcn`: box-blur over a (2·smooth + 1)² neighbourhood first (noise). */
  smooth?: number
  /** zxing options on top of the base ones. */
  options: ReaderOptions
}

const Global = { binarizer: 'GlobalHistogram' } as const
const Fixed = { binarizer: 'FixedThreshold' } as const

/**
 * The ways of looking, in their initial order: the first is today's bare call. Each is tried on
 * the crop around the last sighting when there is one, else on the whole frame; what read the
 * label last is tried first next time.
 */
export const RECIPES: Recipe[] = [
  { name: 'plain', factor: 1, lcn: false, options: {} },
  { name: 'half/lcn/smooth', factor: 2, lcn: true, smooth: 1, options: {} },
  { name: 'lcn/smooth', factor: 1, lcn: true, smooth: 1, options: {} },
  { name: 'half/lcn', factor: 2, lcn: true, options: {} },
  { name: 'denoise', factor: 1, lcn: false, options: { tryDenoise: true } },
  { name: 'global', factor: 1, lcn: false, options: Global },
  { name: 'lcn/fixed', factor: 1, lcn: true, smooth: 1, options: Fixed },
]

/** A region above this many pixels is stretched at half size (the filter costs ~20 ns a pixel). */
const FULL_SIZE_FILTER_PIXELS = 400_000
/** Above this many pixels a read is not cheap enough for a second call in the same frame. */
const CHEAP_PIXELS = 200_000

/** A round-robin over recipes whose head is the one that last worked. */
class Rotation {
  private order: number[]
  private cursor = 0
  constructor(private readonly count: number) {
    this.order = [...Array(count).keys()]
  }
  current(): number {
    return this.order[this.cursor % this.count] as number
  }
  next(): number {
    this.cursor = (this.cursor + 1) % this.count
    return this.current()
  }
  worked(index: number): void {
    this.order = [index, ...this.order.filter((i) => i !== index)]
    this.cursor = 0
  }
  reset(): void {
    this.order = [...Array(this.count).keys()]
    this.cursor = 0
  }
}

function toCorners(r: ReadResult, rect: PixelRect, factor: number): LabelCorners {
  // zxing's corners are in the image it was given, pixel edges at integers: scale, then shift.
  const p = (q: { x: number; y: number }): Point2 => [rect.x + q.x * factor, rect.y + q.y * factor]
  const { topLeft, topRight, bottomRight, bottomLeft } = r.position
  return [p(topLeft), p(topRight), p(bottomRight), p(bottomLeft)]
}

/** The longest side of a sighting's quadrilateral, px. */
function sideOf(c: LabelCorners): number {
  let side = 0
  for (let i = 0; i < 4; i++) {
    const a = c[i] as Point2
    const b = c[(i + 1) % 4] as Point2
    side = Math.max(side, Math.hypot(a[0] - b[0], a[1] - b[1]))
  }
  return side
}

/** The last sighting's bounding box grown by `grow` of its size each side, clamped to the frame. */
function cropAround(corners: LabelCorners, img: GreyImage, grow: number): PixelRect {
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  const w = Math.max(...xs) - Math.min(...xs)
  const h = Math.max(...ys) - Math.min(...ys)
  const pad = Math.max(w, h) * grow + 16
  const x0 = Math.max(0, Math.floor(Math.min(...xs) - pad))
  const y0 = Math.max(0, Math.floor(Math.min(...ys) - pad))
  const x1 = Math.min(img.width, Math.ceil(Math.max(...xs) + pad))
  const y1 = Math.min(img.height, Math.ceil(Math.max(...ys) + pad))
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}

/** `r` in whole pixels inside the frame. */
function clampRect(r: PixelRect, img: GreyImage): PixelRect {
  const x0 = Math.max(0, Math.floor(r.x))
  const y0 = Math.max(0, Math.floor(r.y))
  const x1 = Math.min(img.width, Math.ceil(r.x + r.width))
  const y1 = Math.min(img.height, Math.ceil(r.y + r.height))
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) }
}

/**
 * A label decoder over zxing-wasm's `readBarcodes` (injected so the caller prepares the module
 * its own way: a bundled `.wasm` URL in the browser, the file's bytes in Node). Frames are grey
 * (see `GreyImage`); corners come back in full-frame pixels whatever crop or scale read them.
 */
export function createLabelDecoder(
  read: typeof readBarcodes,
  opts: LabelDecoderOptions = {},
): LabelDecoder {
  const base: ReaderOptions = { ...(opts.base ?? ZXING_READER_OPTIONS), maxNumberOfSymbols: 1 }
  const memory = opts.cropMemory ?? 10
  const turns = new Rotation(RECIPES.length)
  const grey = new Scratch((n) => new Uint8Array(n))
  const rgba = new Scratch((n) => new Uint32Array(n))
  const floats = new Scratch((n) => new Float32Array(n))
  let last: LabelCorners | null = null
  let sinceSeen = Number.POSITIVE_INFINITY

  /** The pixels one recipe reads for `rect`, after its factor (raised for big filtered regions). */
  function factorFor(rect: PixelRect, r: Recipe): number {
    const big = r.lcn && rect.width * rect.height > FULL_SIZE_FILTER_PIXELS
    return big ? Math.max(2, r.factor) : r.factor
  }

  async function attempt(
    img: GreyImage,
    rect: PixelRect,
    r: Recipe,
    cropped: boolean,
  ): Promise<DecodedLabel | null> {
    const factor = factorFor(rect, r)
    const w = Math.floor(rect.width / factor)
    const h = Math.floor(rect.height / factor)
    if (w < 21 || h < 21) return null
    const pixels = grey.take(w * h)
    cropScale(img, rect, factor, pixels)
    if (r.lcn) {
      // A window of two or three modules: a crop's code is known to span about 30 modules of
      // the last sighting's size; across a whole frame modules are 3–8 px.
      const moduleGuess = cropped && last ? sideOf(last) / 30 : 5
      const radius = Math.max(3, Math.round((2.5 * moduleGuess) / factor))
      normaliseContrast(pixels, w, h, radius, floats.take(2 * w * h), r.smooth ?? 0)
    }
    const out = rgba.take(w * h)
    greyToRgbaInto(pixels, w * h, out)
    const data = new Uint8ClampedArray(out.buffer, out.byteOffset, w * h * 4)
    const results = await read({ data, width: w, height: h } as ImageData, {
      ...base,
      // A crop is already the label's size: no pyramid of smaller copies.
      ...(cropped ? { tryDownscale: false } : {}),
      ...r.options,
    })
    const hit = results.find((x) => x.isValid && x.text !== '')
    if (!hit) return null
    return {
      text: hit.text,
      format: hit.format,
      version: hit.version,
      corners: toCorners(hit, rect, factor),
      strategy: `${cropped ? 'crop' : 'frame'}/${r.name}`,
    }
  }

  async function decode(img: GreyImage, where?: PixelRect): Promise<DecodedLabel | null> {
    if (img.data.length !== img.width * img.height)
      throw new Error(`grey frame is ${img.data.length} bytes, not ${img.width}×${img.height}`)
    const whole: PixelRect = { x: 0, y: 0, width: img.width, height: img.height }
    let cropped: boolean
    let rect: PixelRect
    if (where) {
      rect = clampRect(where, img)
      cropped = rect.width < img.width || rect.height < img.height
    } else {
      cropped = last !== null && sinceSeen <= memory
      rect = cropped && last ? cropAround(last, img, 0.35 + 0.1 * sinceSeen) : whole
    }
    const first = turns.current()
    let found = await attempt(img, rect, RECIPES[first] as Recipe, cropped)
    if (found) turns.worked(first)
    else {
      // A second look in the same frame when the region is small enough to be cheap.
      const second = turns.next()
      const r = RECIPES[second] as Recipe
      const f = factorFor(rect, r)
      if ((rect.width * rect.height) / (f * f) <= CHEAP_PIXELS) {
        found = await attempt(img, rect, r, cropped)
        if (found) turns.worked(second)
        else turns.next()
      }
    }
    if (found) {
      last = found.corners
      sinceSeen = 0
    } else sinceSeen++
    return found
  }

  // Calls run one after another: the scratch buffers are shared, and zxing copies them only
  // after its first await.
  let queue: Promise<unknown> = Promise.resolve()
  return {
    decode(img, where) {
      const run = queue.then(() => decode(img, where))
      queue = run.catch(() => undefined)
      return run
    },
    reset() {
      last = null
      sinceSeen = Number.POSITIVE_INFINITY
      turns.reset()
    },
  }
}
