import QRCode from 'qrcode'
import type {
  GreyImage,
  Intrinsics,
  LabelCorners,
  Mat4,
} from '../../web/recognition/label-pose/types'

/** What to photograph and how badly. */
export type LabelShot = {
  intr: Intrinsics
  /** CV camera frame from label frame (see web/recognition/label-pose/types.ts). */
  cameraFromLabel: Mat4
  /** What the QR code encodes. */
  text: string
  /** Printed side of the symbol's module grid, metres (quiet zone excluded). */
  sideM: number
  seed?: number
  /** Sub-samples per pixel side over the label (antialiasing); 3 gives 9 samples. */
  supersample?: number
  /** Gaussian (defocus) blur, sigma in pixels. */
  blurSigmaPx?: number
  /** Motion blur: length of the smear in pixels, and its direction in degrees. */
  motionPx?: number
  motionDeg?: number
  /** Gaussian sensor noise, sigma in grey levels. */
  noiseSigma?: number
  /** Exposure: every level is multiplied by `gain` then `offset` is added (low light: gain < 1). */
  gain?: number
  offset?: number
  /** A bright specular spot: centre and radius in pixels, peak in grey levels (saturates). */
  glare?: { x: number; y: number; radiusPx: number; peak: number }
}

export type RenderedShot = {
  image: GreyImage
  /** Where the symbol's corners truly project (TL TR BR BL), pixels. */
  corners: LabelCorners
  /** Modules per side of the symbol. */
  modules: number
}

const PAPER = 225
const INK = 28
const QUIET = 4

/** mulberry32: a small deterministic generator, so every frame is the same on every run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A cluttered background: smooth shading, hard-edged boxes and fine texture, in image space. */
function background(width: number, height: number, random: () => number): Float32Array {
  const out = new Float32Array(width * height)
  const cell = 32
  const gw = Math.ceil(width / cell) + 2
  const gh = Math.ceil(height / cell) + 2
  const grid = Float32Array.from({ length: gw * gh }, () => 60 + random() * 120)
  for (let y = 0; y < height; y++) {
    const gy = y / cell
    const y0 = Math.floor(gy)
    const fy = gy - y0
    for (let x = 0; x < width; x++) {
      const gx = x / cell
      const x0 = Math.floor(gx)
      const fx = gx - x0
      const i = y0 * gw + x0
      out[y * width + x] =
        ((grid[i] ?? 0) * (1 - fx) + (grid[i + 1] ?? 0) * fx) * (1 - fy) +
        ((grid[i + gw] ?? 0) * (1 - fx) + (grid[i + gw + 1] ?? 0) * fx) * fy
    }
  }
  for (let k = 0; k < 40; k++) {
    const x0 = Math.floor(random() * width)
    const y0 = Math.floor(random() * height)
    const w = Math.floor(8 + random() * width * 0.12)
    const h = Math.floor(8 + random() * height * 0.12)
    const v = 30 + random() * 200
    for (let y = y0; y < Math.min(height, y0 + h); y++)
      for (let x = x0; x < Math.min(width, x0 + w); x++) out[y * width + x] = v
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) + (random() - 0.5) * 30
  return out
}

/** Pixels [x0, x1) × [y0, y1): where the label is, the only place blur changes what is measured. */
type Roi = { x0: number; x1: number; y0: number; y1: number }

function gaussianBlur(
  src: Float32Array,
  width: number,
  height: number,
  sigma: number,
  roi: Roi,
): Float32Array {
  const radius = Math.ceil(sigma * 3)
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) =>
    Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)),
  )
  const sum = kernel.reduce((a, b) => a + b, 0)
  const k = kernel.map((v) => v / sum)
  const tmp = new Float32Array(src)
  const out = new Float32Array(src)
  const clamp = (v: number, hi: number) => (v < 0 ? 0 : v > hi ? hi : v)
  for (let y = Math.max(0, roi.y0 - radius); y < Math.min(height, roi.y1 + radius); y++)
    for (let x = roi.x0; x < roi.x1; x++) {
      let s = 0
      for (let i = -radius; i <= radius; i++)
        s += (k[i + radius] ?? 0) * (src[y * width + clamp(x + i, width - 1)] ?? 0)
      tmp[y * width + x] = s
    }
  for (let y = roi.y0; y < roi.y1; y++)
    for (let x = roi.x0; x < roi.x1; x++) {
      let s = 0
      for (let i = -radius; i <= radius; i++)
        s += (k[i + radius] ?? 0) * (tmp[clamp(y + i, height - 1) * width + x] ?? 0)
      out[y * width + x] = s
    }
  return out
}

function motionBlur(
  src: Float32Array,
  width: number,
  height: number,
  length: number,
  deg: number,
  roi: Roi,
): Float32Array {
  const taps = Math.ceil(length) * 2 + 1
  const dx = Math.cos((deg * Math.PI) / 180)
  const dy = Math.sin((deg * Math.PI) / 180)
  const out = new Float32Array(src)
  const at = (x: number, y: number) => {
    const cx = Math.min(width - 1, Math.max(0, x))
    const cy = Math.min(height - 1, Math.max(0, y))
    const x0 = Math.min(width - 2, Math.floor(cx))
    const y0 = Math.min(height - 2, Math.floor(cy))
    const fx = cx - x0
    const fy = cy - y0
    const i = y0 * width + x0
    return (
      ((src[i] ?? 0) * (1 - fx) + (src[i + 1] ?? 0) * fx) * (1 - fy) +
      ((src[i + width] ?? 0) * (1 - fx) + (src[i + width + 1] ?? 0) * fx) * fy
    )
  }
  for (let y = roi.y0; y < roi.y1; y++)
    for (let x = roi.x0; x < roi.x1; x++) {
      let s = 0
      for (let i = 0; i < taps; i++) {
        const o = (i / (taps - 1) - 0.5) * length
        s += at(x + o * dx, y + o * dy)
      }
      out[y * width + x] = s / taps
    }
  return out
}

/**
 * A grey camera frame of the printed label (white paper with a four-module quiet zone, black
 * modules, the `qrcode` package's symbol as the printed labels use) lying at `cameraFromLabel`
 * over a cluttered background. Each pixel is traced back to the label plane (ray–plane
 * intersection) with supersampling, so the label's geometry is exact; then glare, blur, motion
 * blur, exposure and noise are applied in that order. Deterministic for a given seed.
 */
export function renderLabelShot(shot: LabelShot): RenderedShot {
  const { intr, cameraFromLabel: m, sideM } = shot
  const { width, height } = intr
  const random = rng(shot.seed ?? 1)
  const { modules: qr } = QRCode.create(shot.text, { errorCorrectionLevel: 'M' })
  const n = qr.size
  const bg = background(width, height, random)
  const img = new Float32Array(bg)
  const [r00, r10, r20, r01, r11, r21, r02, r12, r22] = [
    m[0] ?? 0,
    m[1] ?? 0,
    m[2] ?? 0,
    m[4] ?? 0,
    m[5] ?? 0,
    m[6] ?? 0,
    m[8] ?? 0,
    m[9] ?? 0,
    m[10] ?? 0,
  ]
  const [tx, ty, tz] = [m[12] ?? 0, m[13] ?? 0, m[14] ?? 0]
  const project = (x: number, y: number): [number, number] => {
    const px = r00 * x + r01 * y + tx
    const py = r10 * x + r11 * y + ty
    const pz = r20 * x + r21 * y + tz
    return [intr.fx * (px / pz) + intr.cx, intr.fy * (py / pz) + intr.cy]
  }
  const h = sideM / 2
  const corners: LabelCorners = [project(-h, h), project(h, h), project(h, -h), project(-h, -h)]
  // Paper extent in the label plane and its bounding box in the image.
  const paper = h + (QUIET * sideM) / n
  const box = [
    project(-paper, paper),
    project(paper, paper),
    project(paper, -paper),
    project(-paper, -paper),
  ]
  const x0 = Math.max(0, Math.floor(Math.min(...box.map((p) => p[0]))) - 2)
  const x1 = Math.min(width, Math.ceil(Math.max(...box.map((p) => p[0]))) + 2)
  const y0 = Math.max(0, Math.floor(Math.min(...box.map((p) => p[1]))) - 2)
  const y1 = Math.min(height, Math.ceil(Math.max(...box.map((p) => p[1]))) + 2)
  const nt = r02 * tx + r12 * ty + r22 * tz
  const ss = shot.supersample ?? 3
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      let sum = 0
      let onPaper = 0
      for (let sy = 0; sy < ss; sy++) {
        const dy = (y + (sy + 0.5) / ss - intr.cy) / intr.fy
        for (let sx = 0; sx < ss; sx++) {
          const dx = (x + (sx + 0.5) / ss - intr.cx) / intr.fx
          const denom = r02 * dx + r12 * dy + r22
          const lambda = nt / denom
          if (!(lambda > 0)) continue
          const qx = lambda * dx - tx
          const qy = lambda * dy - ty
          const qz = lambda - tz
          const lx = r00 * qx + r10 * qy + r20 * qz
          const ly = r01 * qx + r11 * qy + r21 * qz
          if (Math.abs(lx) >= paper || Math.abs(ly) >= paper) continue
          onPaper++
          const col = Math.floor(((lx + h) / sideM) * n)
          const row = Math.floor(((h - ly) / sideM) * n)
          const dark = col >= 0 && col < n && row >= 0 && row < n && qr.get(row, col)
          sum += dark ? INK : PAPER
        }
      }
      if (onPaper === 0) continue
      const i = y * width + x
      img[i] = (sum + (ss * ss - onPaper) * (bg[i] ?? 0)) / (ss * ss)
    }
  }
  let out: Float32Array = img
  const glare = shot.glare
  if (glare) {
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const d2 = (x + 0.5 - glare.x) ** 2 + (y + 0.5 - glare.y) ** 2
        out[y * width + x] =
          (out[y * width + x] ?? 0) + glare.peak * Math.exp(-d2 / (2 * glare.radiusPx ** 2))
      }
  }
  // Blur only around the label (a generous margin): the background's sharpness changes nothing
  // measured here, and blurring whole 720p frames would dominate the test's run time.
  const margin = 24 + Math.ceil(3 * (shot.blurSigmaPx ?? 0) + (shot.motionPx ?? 0))
  const roi: Roi = {
    x0: Math.max(0, x0 - margin),
    x1: Math.min(width, x1 + margin),
    y0: Math.max(0, y0 - margin),
    y1: Math.min(height, y1 + margin),
  }
  if (shot.blurSigmaPx) out = gaussianBlur(out, width, height, shot.blurSigmaPx, roi)
  if (shot.motionPx) out = motionBlur(out, width, height, shot.motionPx, shot.motionDeg ?? 0, roi)
  const gain = shot.gain ?? 1
  const offset = shot.offset ?? 0
  const noise = shot.noiseSigma ?? 0
  const data = new Uint8ClampedArray(width * height)
  for (let i = 0; i < data.length; i++) {
    let v = (out[i] ?? 0) * gain + offset
    if (noise > 0) {
      // Box–Muller from the seeded generator.
      const u = Math.max(1e-12, random())
      v += noise * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random())
    }
    data[i] = Math.round(v)
  }
  return { image: { data, width, height }, corners, modules: n }
}

/** The grey frame as RGBA, the form zxing-wasm's `readBarcodes` takes as ImageData. */
export function greyToImageData(img: GreyImage): {
  data: Uint8ClampedArray
  width: number
  height: number
} {
  const rgba = new Uint8ClampedArray(img.width * img.height * 4)
  // One 32-bit store per pixel (little-endian: R, G, B, A in memory order).
  const words = new Uint32Array(rgba.buffer)
  for (let i = 0; i < words.length; i++) words[i] = 0xff000000 | ((img.data[i] ?? 0) * 0x010101)
  return { data: rgba, width: img.width, height: img.height }
}
