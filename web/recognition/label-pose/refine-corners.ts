import type { GreyImage, LabelCorners, Point2 } from './types'

export type RefineOptions = {
  /**
   * Modules per side of the symbol when known (QR: 17 + 4 · version); sets how far out and in
   * each edge is searched. Default 25: the windows then still fit QR versions 1 to 10.
   */
  modules?: number
  /** Largest accepted move of a corner from its input position, pixels (default 2). */
  maxShiftPx?: number
}

/** A line through `p` with unit direction `d`. */
type Line = { p: Point2; d: Point2 }

/** Bilinear sample at continuous image coordinates (pixel centres at x + 0.5). */
function sample(img: GreyImage, u: number, v: number): number {
  const x = Math.min(img.width - 1.001, Math.max(0, u - 0.5))
  const y = Math.min(img.height - 1.001, Math.max(0, v - 0.5))
  const x0 = Math.floor(x)
  const y0 = Math.floor(y)
  const fx = x - x0
  const fy = y - y0
  const i = y0 * img.width + x0
  const d = img.data
  return (
    ((d[i] ?? 0) * (1 - fx) + (d[i + 1] ?? 0) * fx) * (1 - fy) +
    ((d[i + img.width] ?? 0) * (1 - fx) + (d[i + img.width + 1] ?? 0) * fx) * fy
  )
}

const STEP = 0.25
const MIN_CONTRAST = 16

type Profile = {
  at: Point2
  white: number
  values: Float64Array
  finder: boolean
  /** Position along the side, 0 at its start and 1 at its end. */
  along: number
}

/**
 * Intensity profiles across one outer side of the symbol, each from the quiet zone inwards,
 * spaced along the side. `finderAtStart` / `finderAtEnd` say which ends carry a finder pattern:
 * there the outermost row is seven dark modules in a run, the most trustworthy edge.
 */
function profiles(
  img: GreyImage,
  a: Point2,
  b: Point2,
  outward: Point2,
  module: number,
  finderAtStart: boolean,
  finderAtEnd: boolean,
): { list: Profile[]; out: number; n: number } {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1])
  const d: Point2 = [(b[0] - a[0]) / len, (b[1] - a[1]) / len]
  const out = Math.max(2, 1.5 * module)
  const inside = Math.max(4, 3 * module)
  const n = Math.ceil((out + inside) / STEP)
  const list: Profile[] = []
  const inFinder = (s: number) =>
    (finderAtStart && s >= module && s <= 6 * module) ||
    (finderAtEnd && s >= len - 6 * module && s <= len - module)
  for (let s = Math.min(module, 0.04 * len); s <= len - Math.min(module, 0.04 * len); ) {
    const finder = inFinder(s)
    const px = a[0] + d[0] * s
    const py = a[1] + d[1] * s
    const values = new Float64Array(n + 1)
    for (let k = 0; k <= n; k++) {
      const o = out - k * STEP
      const u = px + outward[0] * o
      const v = py + outward[1] * o
      // Two taps along the edge smooth noise without blurring across it.
      values[k] =
        (sample(img, u - d[0] * 0.5, v - d[1] * 0.5) +
          sample(img, u + d[0] * 0.5, v + d[1] * 0.5)) /
        2
    }
    const white = ((values[0] ?? 0) + (values[1] ?? 0) + (values[2] ?? 0)) / 3
    list.push({ at: [px, py], white, values, finder, along: s / len })
    // Dense over the finders, sparser over the data modules.
    s += finder ? 0.75 : Math.max(1.5, len / 80)
  }
  return { list, out, n }
}

/**
 * Sub-pixel edge points from the profiles: the first crossing, from outside, of the level
 * halfway between the quiet zone's white and the symbol's dark (unbiased for any symmetric blur
 * of a wide edge). Every dark module of the outermost row has its outer edge on the boundary
 * line. A lone dark data module loses contrast to blur along the edge too, which would pull its
 * crossing inwards, so data-module points count only where the dark just inside reaches nearly
 * the symbol's full dark; where the boundary module is light the crossing lands a module or
 * more inside, an outlier for the line fit.
 */
function edgePoints(
  sides: { list: Profile[]; out: number; n: number }[],
  outwards: Point2[],
  module: number[],
): { finder: Point2[]; data: Point2[] }[] {
  const minima = (p: Profile) => p.values.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY)
  // The ink level of one finder, from its profiles on this side. Across the finder's light ring
  // (its columns 1 and 5) a profile never reaches the 3×3 core, so its own minimum is too light
  // under blur: the darkest 30% reach the core. Each finder has its own level (glare or shading
  // lightens one corner's ink, not the others'); data modules between two finders take a level
  // interpolated along the side.
  const darkOf = (list: Profile[]) => {
    const d = list.map(minima).sort((x, y) => x - y)
    return d.length > 0 ? d[Math.floor(d.length * 0.3)] : undefined
  }
  const globalDark = darkOf(sides.flatMap((side) => side.list.filter((p) => p.finder)))
  return sides.map((side, i) => {
    const outward = outwards[i] as Point2
    const points = { finder: [] as Point2[], data: [] as Point2[] }
    const atStart = darkOf(side.list.filter((p) => p.finder && p.along < 0.5))
    const atEnd = darkOf(side.list.filter((p) => p.finder && p.along >= 0.5))
    const darkAt = (along: number) => {
      const start = atStart ?? atEnd ?? globalDark
      const end = atEnd ?? atStart ?? globalDark
      if (start === undefined || end === undefined) return undefined
      return start + (end - start) * along
    }
    for (const p of side.list) {
      const dark = darkAt(p.along) ?? minima(p)
      if (p.white - dark < MIN_CONTRAST) continue
      const level = (p.white + dark) / 2
      for (let k = 1; k <= side.n; k++) {
        const f1 = p.values[k] ?? 0
        if (f1 >= level) continue
        const f0 = p.values[k - 1] ?? 0
        if (!p.finder) {
          const span = Math.ceil((module[i] ?? 1) / STEP)
          let local = f1
          for (let j = k; j <= Math.min(side.n, k + span); j++)
            local = Math.min(local, p.values[j] ?? 0)
          if (p.white - local < 0.85 * (p.white - dark)) break
        }
        const o = side.out - (k - 1 + (f0 - level) / (f0 - f1)) * STEP
        points[p.finder ? 'finder' : 'data'].push([
          p.at[0] + outward[0] * o,
          p.at[1] + outward[1] * o,
        ])
        break
      }
    }
    return points
  })
}

/** Total least squares line through points (centroid and principal direction). */
function fitLine(points: Point2[]): Line | null {
  if (points.length < 2) return null
  let mx = 0
  let my = 0
  for (const [x, y] of points) {
    mx += x
    my += y
  }
  mx /= points.length
  my /= points.length
  let sxx = 0
  let sxy = 0
  let syy = 0
  for (const [x, y] of points) {
    sxx += (x - mx) ** 2
    sxy += (x - mx) * (y - my)
    syy += (y - my) ** 2
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy)
  return { p: [mx, my], d: [Math.cos(angle), Math.sin(angle)] }
}

const distance = (l: Line, q: Point2) =>
  Math.abs((q[0] - l.p[0]) * l.d[1] - (q[1] - l.p[1]) * l.d[0])

/**
 * The boundary line among the edge points: the line with the most points within a tolerance
 * (deterministic RANSAC over point pairs), refitted twice on its inliers. Null when too few
 * points agree or they scatter too much to be trusted.
 */
function robustLine(points: Point2[], tol: number): Line | null {
  const count = points.length
  if (count < 8) return null
  let best: Point2[] = []
  let seed = 12345
  for (let trial = 0; trial < 120; trial++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const i = seed % count
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    const j = seed % count
    const pi = points[i] as Point2
    const pj = points[j] as Point2
    const len = Math.hypot(pj[0] - pi[0], pj[1] - pi[1])
    if (len < 4) continue
    const line: Line = { p: pi, d: [(pj[0] - pi[0]) / len, (pj[1] - pi[1]) / len] }
    const inliers = points.filter((q) => distance(line, q) <= tol)
    if (inliers.length > best.length) best = inliers
  }
  let line = fitLine(best)
  for (let round = 0; round < 2 && line; round++) {
    const fitted: Line = line
    const inliers = points.filter((q) => distance(fitted, q) <= tol)
    if (inliers.length < Math.max(8, 0.2 * count)) return null
    line = fitLine(inliers)
  }
  if (!line) return null
  const final: Line = line
  const inliers = points.filter((q) => distance(final, q) <= tol)
  const rms = Math.sqrt(inliers.reduce((s, q) => s + distance(final, q) ** 2, 0) / inliers.length)
  return rms <= 0.6 * tol ? final : null
}

/**
 * A side's boundary line: fitted to the finder edges first (long dark runs, unbiased). Its
 * direction is then settled by the data modules along the whole side: among directions within
 * ±2° of the finders' line, pivoting about the finders' points, the one along which most data
 * points lie within a tight band (on a side with one finder, those at the far end are what fix
 * the direction; lone modules blurred along the edge sit slightly inside and fall out of the
 * band). The line is refitted to the finder points and that band. Without a finder fit (a finder
 * hidden by a finger), all points are fitted robustly.
 */
function sideLine(finder: Point2[], data: Point2[]): Line | null {
  const base = robustLine(finder, 0.5)
  if (!base) return robustLine([...finder, ...data], 0.5)
  const baseAngle = Math.atan2(base.d[1], base.d[0])
  let best = base
  let bestScore = -1
  // Nearest directions first, so that on a tie (no data points at all) the finders' line stays.
  for (let i = 0; i <= 200; i++) {
    const k = i % 2 === 0 ? i / 2 : -(i + 1) / 2
    const angle = baseAngle + (k * 0.02 * Math.PI) / 180
    const line: Line = { p: base.p, d: [Math.cos(angle), Math.sin(angle)] }
    let score = 0
    for (const q of data) if (distance(line, q) <= DATA_BAND) score++
    if (score > bestScore) {
      best = line
      bestScore = score
    }
  }
  let line = best
  for (let round = 0; round < 2; round++) {
    const current = line
    const near = [
      ...finder.filter((q) => distance(current, q) <= 0.5),
      ...data.filter((q) => distance(current, q) <= DATA_BAND),
    ]
    line = fitLine(near) ?? line
  }
  return line
}

/** How close to the line a data-module edge point must lie to count, pixels. */
const DATA_BAND = 0.15

function intersect(l1: Line, l2: Line): Point2 | null {
  const det = l1.d[0] * l2.d[1] - l1.d[1] * l2.d[0]
  if (Math.abs(det) < 1e-6) return null
  const dx = l2.p[0] - l1.p[0]
  const dy = l2.p[1] - l1.p[1]
  const t = (dx * l2.d[1] - dy * l2.d[0]) / det
  return [l1.p[0] + l1.d[0] * t, l1.p[1] + l1.d[1] * t]
}

/**
 * Sub-pixel corners of a QR symbol from the decoder's integer corners (outer corners of the
 * module grid, TL TR BR BL). Each side's boundary line is fitted to sub-pixel edge points of the
 * dark modules on it (for the right and bottom sides, through the top-right and bottom-left
 * finders' outer edges and the dark data modules, so BR is the intersection of two extended
 * lines); corners are the intersections of adjacent lines. A side whose fit is poor keeps its
 * input line, and a corner that would move more than `maxShiftPx` keeps its input position, so
 * refinement never strays far from what the decoder found.
 */
export function refineCorners(
  img: GreyImage,
  corners: LabelCorners,
  opts: RefineOptions = {},
): LabelCorners {
  const modules = opts.modules ?? 25
  const maxShift = opts.maxShiftPx ?? 2
  const cx = corners.reduce((s, c) => s + c[0], 0) / 4
  const cy = corners.reduce((s, c) => s + c[1], 0) / 4
  const inputs: Line[] = []
  const outwards: Point2[] = []
  const modulePx: number[] = []
  const sides: ReturnType<typeof profiles>[] = []
  for (let i = 0; i < 4; i++) {
    const a = corners[i] as Point2
    const b = corners[(i + 1) % 4] as Point2
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1
    const input: Line = { p: a, d: [(b[0] - a[0]) / len, (b[1] - a[1]) / len] }
    let outward: Point2 = [input.d[1], -input.d[0]]
    const mid: Point2 = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]
    if ((mid[0] - cx) * outward[0] + (mid[1] - cy) * outward[1] < 0)
      outward = [-outward[0], -outward[1]]
    inputs.push(input)
    outwards.push(outward)
    modulePx.push(len / modules)
    // Finders sit at TL, TR and BL: both ends of the top and left sides, the start of the right
    // side (TR→BR) and the end of the bottom side (BR→BL).
    sides.push(profiles(img, a, b, outward, len / modules, i !== 2, i !== 1))
  }
  const points = edgePoints(sides, outwards, modulePx)
  const lines = inputs.map((input, i) => {
    const side = points[i] ?? { finder: [], data: [] }
    const fitted = sideLine(side.finder, side.data)
    // The fitted side must run nearly along the input side (within ~3°).
    const ok = fitted && Math.abs(fitted.d[0] * input.d[1] - fitted.d[1] * input.d[0]) < 0.05
    return ok ? fitted : input
  })
  return corners.map((c, i) => {
    const hit = intersect(lines[(i + 3) % 4] as Line, lines[i] as Line)
    if (!hit || Math.hypot(hit[0] - c[0], hit[1] - c[1]) > maxShift) return c
    return hit
  }) as LabelCorners
}
