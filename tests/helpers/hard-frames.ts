/**
 * A hard frame set for the label reader: the product's QR label "photographed badly" by a CPU
 * pinhole camera at a known pose over a cluttered background — tilted to 55°, motion-blurred, with
 * a specular glare, in low light with heavy noise, with a finger over part of the code, small at
 * arm's length, and combinations. A session is 25 consecutive frames (5 s at the app's 5 reads per
 * second) of one condition with hand shake and reseeded noise. Everything is seeded: the same
 * condition renders the same pixels on every run.
 */
import QRCode from 'qrcode'
import type { GreyImage, LabelCorners, Point2 } from '../../web/recognition/label-pose/types'

/** The printed symbol's side, mm (module grid only, as `LabelPose.sizeMm`). */
const SYMBOL_MM = 40
export const HARD_LABEL_TEXT = 'https://repair.example.com/p/printwell-p200?sn=SN-000123'
/** Frames in a "within 5 s" session at the AR read rate of 5 frames per second. */
export const SESSION_FRAMES = 25

export type HardCondition = {
  name: string
  width: number
  height: number
  /** Image size of one module at the label's centre, head-on, px (sets the distance). */
  pxPerModule: number
  /** The label turned away from the camera, degrees, about an in-plane axis at `tiltAxisDeg`. */
  tiltDeg?: number
  tiltAxisDeg?: number
  /** In-plane rotation of the label, degrees. */
  rollDeg?: number
  /** Label centre's place in the image, as a fraction of the half-size from the centre. */
  offset?: Point2
  /** Motion blur: length in px and direction in the image, degrees. */
  blur?: { px: number; dirDeg: number }
  /** Specular glare on the label: centre in symbol units (0..1 from the top-left), radius, peak. */
  glare?: { at: Point2; radius: number; peak: number }
  /** Low light: the paper's level (0..1 of full scale) and the noise's sigma, grey levels. */
  light?: { white: number; noise: number }
  /** A finger on the label: tip in symbol units, pointing direction (deg, 0 = +u) and width. */
  finger?: { tip: Point2; dirDeg: number; width: number }
  /**
   * Set when no reader of this symbol can be expected to read the condition, with the reason: it
   * is rendered and reported, but not counted against the read-rate target.
   */
  beyondReach?: string
}

export type HardFrame = {
  image: GreyImage
  /** The symbol's true outer corners (TL, TR, BR, BL) in pixel coordinates (pixel x covers [x, x+1)). */
  corners: LabelCorners
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hash(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

type Modules = { size: number; dark: Uint8Array }
const moduleCache = new Map<string, Modules>()
function modulesOf(text: string): Modules {
  let m = moduleCache.get(text)
  if (!m) {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
    const dark = new Uint8Array(qr.size * qr.size)
    for (let r = 0; r < qr.size; r++)
      for (let c = 0; c < qr.size; c++) dark[r * qr.size + c] = qr.get(r, c) ? 1 : 0
    m = { size: qr.size, dark }
    moduleCache.set(text, m)
  }
  return m
}

/** A cluttered scene behind the label (screen space, reflectance 0..1), 15% larger than the frame. */
const clutterCache = new Map<string, { data: Float32Array; width: number; height: number }>()
function clutter(width: number, height: number) {
  const key = `${width}x${height}`
  const cached = clutterCache.get(key)
  if (cached) return cached
  const w = Math.ceil(width * 1.15)
  const h = Math.ceil(height * 1.15)
  const data = new Float32Array(w * h)
  const rand = rng(hash(key))
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) data[y * w + x] = 0.35 + 0.2 * Math.sin(x / 90) * Math.cos(y / 70)
  // Shapes of every contrast, stripes and small dark blocks like printed text and other codes.
  for (let i = 0; i < 90; i++) {
    const cx = rand() * w
    const cy = rand() * h
    const rx = 4 + rand() * (i < 40 ? 0.12 : 0.03) * w
    const ry = 4 + rand() * (i < 40 ? 0.12 : 0.03) * h
    const value = rand()
    const kind = Math.floor(rand() * 3)
    const period = 2 + Math.floor(rand() * 6)
    for (let y = Math.max(0, Math.floor(cy - ry)); y < Math.min(h, cy + ry); y++)
      for (let x = Math.max(0, Math.floor(cx - rx)); x < Math.min(w, cx + rx); x++) {
        const dx = (x - cx) / rx
        const dy = (y - cy) / ry
        if (kind === 1 && dx * dx + dy * dy > 1) continue
        if (kind === 2 && Math.floor(y / period) % 2 === 0) continue
        data[y * w + x] = value
      }
  }
  const c = { data, width: w, height: h }
  clutterCache.set(key, c)
  return c
}

/** How far the finger reaches back from its tip, symbol units (then the hand is out of shot). */
const FINGER_LENGTH = 1.6

type Pose = { r: number[]; t: [number, number, number] }

/** Camera (CV) from label rotation: head-on, then roll about the normal, then tilt. */
function poseOf(c: HardCondition, fx: number, shake: () => number, frame: number): Pose {
  const m = SYMBOL_MM / modulesOf(HARD_LABEL_TEXT).size
  const d = (fx * m) / c.pxPerModule
  // Hand shake: ±0.8° in rotation and ±1.5% of the distance sideways, changing every frame.
  const jitter = (s: number) => (frame === 0 ? 0 : (shake() - 0.5) * 2 * s)
  const roll = (((c.rollDeg ?? 10) + jitter(0.8)) * Math.PI) / 180
  const tilt = (((c.tiltDeg ?? 20) + jitter(0.8)) * Math.PI) / 180
  const axis = ((c.tiltAxisDeg ?? 90) * Math.PI) / 180
  // Rodrigues rotation about the in-plane axis (cos a, sin a, 0), after roll about z.
  const [ax, ay] = [Math.cos(axis), Math.sin(axis)]
  const ct = Math.cos(tilt)
  const st = Math.sin(tilt)
  const tiltM = [
    ct + ax * ax * (1 - ct),
    ax * ay * (1 - ct),
    ay * st,
    ax * ay * (1 - ct),
    ct + ay * ay * (1 - ct),
    -ax * st,
    -ay * st,
    ax * st,
    ct,
  ]
  const cr = Math.cos(roll)
  const sr = Math.sin(roll)
  const rollM = [cr, -sr, 0, sr, cr, 0, 0, 0, 1]
  const mul = (a: number[], b: number[]) => {
    const o: number[] = []
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0
        for (let k = 0; k < 3; k++) s += (a[i * 3 + k] ?? 0) * (b[k * 3 + j] ?? 0)
        o.push(s)
      }
    return o
  }
  const flip = [1, 0, 0, 0, -1, 0, 0, 0, -1]
  const r = mul(flip, mul(rollM, tiltM))
  const [ox, oy] = c.offset ?? [0, 0]
  const cx = c.width / 2
  const cy = c.height / 2
  const t: [number, number, number] = [
    ((ox * cx + jitter(0.015 * cx)) * d) / fx,
    ((oy * cy + jitter(0.015 * cy)) * d) / fx,
    d * (1 + jitter(0.01)),
  ]
  return { r, t }
}

/** One frame of `condition` (frame 0 is the nominal pose; later frames add hand shake). */
export function renderHardFrame(c: HardCondition, frame: number): HardFrame {
  const { width, height } = c
  const fx = 0.8 * width
  const cx = width / 2
  const cy = height / 2
  const seed = hash(`${c.name}/${width}x${height}`) + frame * 7919
  const shake = rng(seed)
  const { r, t } = poseOf(c, fx, shake, frame)
  const mods = modulesOf(HARD_LABEL_TEXT)
  const n = mods.size
  const half = SYMBOL_MM / 2
  // Homography label plane (X, Y mm) → image, and its inverse.
  const h = [
    fx * (r[0] ?? 0) + cx * (r[6] ?? 0),
    fx * (r[1] ?? 0) + cx * (r[7] ?? 0),
    fx * t[0] + cx * t[2],
    fx * (r[3] ?? 0) + cy * (r[6] ?? 0),
    fx * (r[4] ?? 0) + cy * (r[7] ?? 0),
    fx * t[1] + cy * t[2],
    r[6] ?? 0,
    r[7] ?? 0,
    t[2],
  ] as [number, number, number, number, number, number, number, number, number]
  const project = (X: number, Y: number): Point2 => {
    const w = h[6] * X + h[7] * Y + h[8]
    return [(h[0] * X + h[1] * Y + h[2]) / w, (h[3] * X + h[4] * Y + h[5]) / w]
  }
  const [a, b, cc, d, e, f, g, k, l] = h
  const inv = [
    e * l - f * k,
    cc * k - b * l,
    b * f - cc * e,
    f * g - d * l,
    a * l - cc * g,
    cc * d - a * f,
    d * k - e * g,
    b * g - a * k,
    a * e - b * d,
  ] as [number, number, number, number, number, number, number, number, number]

  const bg = clutter(width, height)
  const bgShiftX = (bg.width - width) / 2 + (shake() - 0.5) * 6
  const bgShiftY = (bg.height - height) / 2 + (shake() - 0.5) * 6
  const white = c.light?.white ?? 0.82
  const noiseSigma = c.light?.noise ?? 2.5
  const glare = c.glare
  const finger = c.finger
  const fingerDir = finger ? (finger.dirDeg * Math.PI) / 180 : 0
  const fdx = Math.cos(fingerDir)
  const fdy = Math.sin(fingerDir)

  /** Radiance (0..1+) at label-plane point (X, Y) mm, or NaN off the label. */
  const radiance = (X: number, Y: number): number => {
    // Symbol units: u right, v down, 0..1 over the module grid.
    const u = (X + half) / SYMBOL_MM
    const v = (half - Y) / SYMBOL_MM
    if (finger) {
      // A capsule from the tip backwards along -dir, shaded like a cylinder.
      const px = u - finger.tip[0]
      const py = v - finger.tip[1]
      const along = -(px * fdx + py * fdy)
      const across = -px * fdy + py * fdx
      const rad = finger.width / 2
      const dist = along < 0 ? Math.hypot(along, across) : Math.abs(across)
      if (dist < rad && along < FINGER_LENGTH) {
        const z = Math.sqrt(1 - (dist / rad) ** 2)
        return 0.62 * (0.45 + 0.55 * z) * (white / 0.82)
      }
    }
    // Paper: the quiet zone plus a margin, with a line of "text" below the symbol.
    const margin = 6 / n
    if (u < -margin || u > 1 + margin || v < -margin || v > 1 + margin + 0.3) return Number.NaN
    let refl = 0.86
    if (u >= 0 && u < 1 && v >= 0 && v < 1) {
      const col = Math.floor(u * n)
      const row = Math.floor(v * n)
      if (mods.dark[row * n + col]) refl = 0.06
    } else if (v > 1 + 5 / n && v < 1 + 0.2 && u > 0.05 && u < 0.95) {
      if (Math.floor(u * 40) % 3 !== 0 && Math.floor(v * 60) % 4 !== 0) refl = 0.12
    }
    let rad = refl * white
    if (glare) {
      const gr2 = ((u - glare.at[0]) ** 2 + (v - glare.at[1]) ** 2) / glare.radius ** 2
      rad += glare.peak * Math.exp(-gr2 * 2)
    }
    return rad
  }

  // Samples per pixel: 2×2 without blur, a run along the motion path with blur.
  const offsets: Point2[] = []
  const blur = c.blur
  if (blur && blur.px > 0) {
    const len = blur.px * (1 + (frame === 0 ? 0 : (shake() - 0.5) * 0.3))
    const dir = ((blur.dirDeg + (frame === 0 ? 0 : (shake() - 0.5) * 20)) * Math.PI) / 180
    const count = Math.max(4, Math.ceil(len * 1.5))
    for (let i = 0; i < count; i++) {
      const s = (i + 0.5) / count - 0.5
      const perp = i % 2 === 0 ? 0.25 : -0.25
      offsets.push([
        0.5 + s * len * Math.cos(dir) - perp * Math.sin(dir),
        0.5 + s * len * Math.sin(dir) + perp * Math.cos(dir),
      ])
    }
  } else for (const oy of [0.25, 0.75]) for (const ox of [0.25, 0.75]) offsets.push([ox, oy])

  const out = new Uint8Array(width * height)
  // Sensor noise: a sum of four uniforms (xorshift) is Gaussian enough and cheap per pixel.
  let state = (seed ^ 0x9e3779b9) >>> 0 || 1
  const uniform = () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
  const gauss = () => (uniform() + uniform() + uniform() + uniform() - 2) * Math.sqrt(3)
  const count = offsets.length
  // Only the pixels near the label (paper, finger, blur) need the label; the rest is background.
  const reach: Point2[] = [
    [-0.2, -0.2],
    [1.2, -0.2],
    [1.2, 1.5],
    [-0.2, 1.5],
  ]
  if (finger)
    for (const s of [-1, 1])
      reach.push([
        finger.tip[0] - fdx * FINGER_LENGTH + s * fdy * finger.width,
        finger.tip[1] - fdy * FINGER_LENGTH - s * fdx * finger.width,
      ])
  const seen = reach.map(([u, v]) => project(u * SYMBOL_MM - half, half - v * SYMBOL_MM))
  const pad = 2 + (blur?.px ?? 0)
  const x0 = Math.floor(Math.min(...seen.map((p) => p[0])) - pad)
  const x1 = Math.ceil(Math.max(...seen.map((p) => p[0])) + pad)
  const y0 = Math.floor(Math.min(...seen.map((p) => p[1])) - pad)
  const y1 = Math.ceil(Math.max(...seen.map((p) => p[1])) + pad)
  for (let y = 0; y < height; y++) {
    // Light falls off towards one corner, as a room lamp does.
    const shadeY = 1 - (0.25 * y) / height
    for (let x = 0; x < width; x++) {
      let sum = 0
      if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) {
        // Away from the label one sample does: the clutter only has to be there, not blurred.
        const bx = Math.min(bg.width - 1, Math.max(0, Math.round(x + bgShiftX)))
        const by = Math.min(bg.height - 1, Math.max(0, Math.round(y + bgShiftY)))
        const level =
          255 * (bg.data[by * bg.width + bx] ?? 0) * white * shadeY + noiseSigma * gauss()
        out[y * width + x] = level < 0 ? 0 : level > 255 ? 255 : Math.round(level)
        continue
      }
      for (let i = 0; i < count; i++) {
        const o = offsets[i] as Point2
        const px = x + o[0]
        const py = y + o[1]
        const w = inv[6] * px + inv[7] * py + inv[8]
        const X = (inv[0] * px + inv[1] * py + inv[2]) / w
        const Y = (inv[3] * px + inv[4] * py + inv[5]) / w
        let value = radiance(X, Y)
        if (Number.isNaN(value)) {
          const bx = Math.min(bg.width - 1, Math.max(0, Math.round(px + bgShiftX)))
          const by = Math.min(bg.height - 1, Math.max(0, Math.round(py + bgShiftY)))
          value = (bg.data[by * bg.width + bx] ?? 0) * white
        }
        sum += Math.min(1, value)
      }
      const level = (255 * sum * shadeY) / count + noiseSigma * gauss()
      out[y * width + x] = level < 0 ? 0 : level > 255 ? 255 : Math.round(level)
    }
  }
  const corners: LabelCorners = [
    project(-half, half),
    project(half, half),
    project(half, -half),
    project(-half, -half),
  ]
  return { image: { data: out, width, height }, corners }
}

/** The 25 frames of one condition's session. */
export function* hardSession(c: HardCondition): Generator<HardFrame> {
  for (let i = 0; i < SESSION_FRAMES; i++) yield renderHardFrame(c, i)
}

const HD = { width: 1280, height: 720 }
const VGA = { width: 640, height: 480 }

/** The conditions of the hard frame set: each alone, then combined, at both frame sizes. */
export const HARD_CONDITIONS: HardCondition[] = [
  { name: 'control: tilt 20°', ...HD, pxPerModule: 5 },
  { name: 'tilt 55°', ...HD, pxPerModule: 5, tiltDeg: 55 },
  {
    name: 'tilt 55°, roll 130°',
    ...VGA,
    pxPerModule: 5,
    tiltDeg: 55,
    rollDeg: 130,
    tiltAxisDeg: 30,
  },
  { name: 'motion blur 5 px', ...HD, pxPerModule: 5, blur: { px: 5, dirDeg: 10 } },
  { name: 'motion blur 7 px diagonal', ...HD, pxPerModule: 6, blur: { px: 7, dirDeg: 45 } },
  { name: 'motion blur 4 px', ...VGA, pxPerModule: 4, blur: { px: 4, dirDeg: 80 } },
  {
    name: 'glare over the centre',
    ...HD,
    pxPerModule: 5,
    glare: { at: [0.5, 0.45], radius: 0.3, peak: 1.1 },
  },
  {
    name: 'glare over a finder',
    ...HD,
    pxPerModule: 5,
    glare: { at: [0.85, 0.15], radius: 0.22, peak: 0.85 },
  },
  {
    name: 'glare, large and soft',
    ...VGA,
    pxPerModule: 5,
    glare: { at: [0.4, 0.6], radius: 0.5, peak: 0.8 },
  },
  { name: 'low light', ...HD, pxPerModule: 5, light: { white: 0.2, noise: 10 } },
  { name: 'low light', ...VGA, pxPerModule: 4, light: { white: 0.18, noise: 10 } },
  { name: 'very low light', ...HD, pxPerModule: 6, light: { white: 0.1, noise: 12 } },
  {
    name: 'finger over the data',
    ...HD,
    pxPerModule: 5,
    finger: { tip: [0.6, 0.4], dirDeg: 100, width: 0.2 },
  },
  {
    name: 'finger from the side',
    ...VGA,
    pxPerModule: 5,
    finger: { tip: [0.55, 0.7], dirDeg: 180, width: 0.18 },
  },
  {
    name: 'finger on a finder edge',
    ...HD,
    pxPerModule: 5,
    finger: { tip: [-0.01, 1.01], dirDeg: -45, width: 0.14 },
  },
  { name: 'small at arm’s length', ...HD, pxPerModule: 3, offset: [0.35, -0.3] },
  { name: 'small at arm’s length', ...VGA, pxPerModule: 3, offset: [-0.3, 0.25] },
  { name: 'small, tilted 40°', ...HD, pxPerModule: 3.3, tiltDeg: 40 },
  { name: 'tilt 50° + blur 3 px', ...HD, pxPerModule: 5, tiltDeg: 50, blur: { px: 3, dirDeg: 0 } },
  {
    name: 'low light + blur 3 px',
    ...VGA,
    pxPerModule: 5,
    light: { white: 0.22, noise: 8 },
    blur: { px: 3, dirDeg: 30 },
  },
  {
    name: 'glare + finger',
    ...HD,
    pxPerModule: 5,
    glare: { at: [0.3, 0.4], radius: 0.2, peak: 1.1 },
    finger: { tip: [0.72, 0.72], dirDeg: 225, width: 0.18 },
  },
  {
    name: 'small + low light',
    ...HD,
    pxPerModule: 3.5,
    light: { white: 0.25, noise: 7 },
    offset: [0.2, 0.2],
  },
  {
    name: 'tilt 45° + glare',
    ...VGA,
    pxPerModule: 5,
    tiltDeg: 45,
    glare: { at: [0.55, 0.5], radius: 0.25, peak: 1 },
  },
  {
    name: 'tilt 55° + low light',
    ...HD,
    pxPerModule: 6,
    tiltDeg: 55,
    light: { white: 0.25, noise: 8 },
  },
  {
    name: 'motion blur 5 px + glare',
    ...VGA,
    pxPerModule: 5,
    blur: { px: 5, dirDeg: 120 },
    glare: { at: [0.35, 0.55], radius: 0.25, peak: 0.9 },
  },
  {
    name: 'finger over the data, tilted 45°',
    ...HD,
    pxPerModule: 5,
    tiltDeg: 45,
    tiltAxisDeg: 0,
    finger: { tip: [0.5, 0.35], dirDeg: 90, width: 0.18 },
  },
  {
    name: 'finger over a whole finder',
    ...HD,
    pxPerModule: 5,
    finger: { tip: [0.12, 0.88], dirDeg: -60, width: 0.24 },
    beyondReach:
      'a QR symbol is located by its three finder patterns; with one hidden, zxing finds no symbol to decode',
  },
]
