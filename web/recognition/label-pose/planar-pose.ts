import { solveLinear } from './linear'
import { cross, dot, fromRotationTranslation, norm, normalize, rotationOf } from './mat4'
import type { GravityPrior, Intrinsics, LabelCorners, LabelPoseSolution, Vec3 } from './types'

/** Row-major 3×3 rotation and a translation: the working form of a pose here. */
type Pose = { r: number[]; t: Vec3 }

/** The label-frame corners of a symbol of side `s` (TL, TR, BR, BL; see types.ts). */
export function labelCornerPoints(s: number): Vec3[] {
  const h = s / 2
  return [
    [-h, h, 0],
    [h, h, 0],
    [h, -h, 0],
    [-h, -h, 0],
  ]
}

/** Homography (row-major 3×3, h22 = 1) taking each plane point (x, y) to its image point. */
function homography(from: Vec3[], to: [number, number][]): number[] | null {
  const a: number[][] = []
  const b: number[] = []
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i] as Vec3
    const [u, v] = to[i] as [number, number]
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y])
    b.push(u)
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y])
    b.push(v)
  }
  const h = solveLinear(a, b)
  return h ? [...h, 1] : null
}

/** The pose a plane-to-normalised-image homography implies, orthonormalised (no refinement). */
function poseFromHomography(h: number[]): Pose | null {
  const col = (j: number): Vec3 => [h[j] ?? 0, h[3 + j] ?? 0, h[6 + j] ?? 0]
  let [h1, h2, h3] = [col(0), col(1), col(2)]
  const s = (norm(h1) + norm(h2)) / 2
  if (!(s > 0)) return null
  const sign = h3[2] >= 0 ? 1 : -1
  h1 = h1.map((v) => (v * sign) / s) as Vec3
  h2 = h2.map((v) => (v * sign) / s) as Vec3
  h3 = h3.map((v) => (v * sign) / s) as Vec3
  // Nearest orthonormal pair to (h1, h2): symmetric about their bisector.
  const c = normalize([h1[0] + h2[0], h1[1] + h2[1], h1[2] + h2[2]])
  let d: Vec3 = [h1[0] - h2[0], h1[1] - h2[1], h1[2] - h2[2]]
  const dc = dot(d, c)
  d = normalize([d[0] - dc * c[0], d[1] - dc * c[1], d[2] - dc * c[2]])
  const r1: Vec3 = [
    (c[0] + d[0]) / Math.SQRT2,
    (c[1] + d[1]) / Math.SQRT2,
    (c[2] + d[2]) / Math.SQRT2,
  ]
  const r2: Vec3 = [
    (c[0] - d[0]) / Math.SQRT2,
    (c[1] - d[1]) / Math.SQRT2,
    (c[2] - d[2]) / Math.SQRT2,
  ]
  const r3 = cross(r1, r2)
  return { r: [r1[0], r2[0], r3[0], r1[1], r2[1], r3[1], r1[2], r2[2], r3[2]], t: h3 }
}

/** Row-major rotation matrix of the rotation vector `w` (Rodrigues). */
function rodrigues(w: Vec3): number[] {
  const angle = norm(w)
  if (angle < 1e-12) return [1, -w[2], w[1], w[2], 1, -w[0], -w[1], w[0], 1]
  const [x, y, z] = w.map((v) => v / angle) as Vec3
  const c = Math.cos(angle)
  const s = Math.sin(angle)
  const k = 1 - c
  return [
    c + x * x * k,
    x * y * k - z * s,
    x * z * k + y * s,
    y * x * k + z * s,
    c + y * y * k,
    y * z * k - x * s,
    z * x * k - y * s,
    z * y * k + x * s,
    c + z * z * k,
  ]
}

function mul3(a: number[], b: number[]): number[] {
  const out: number[] = []
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++)
      out.push(
        (a[i * 3] ?? 0) * (b[j] ?? 0) +
          (a[i * 3 + 1] ?? 0) * (b[3 + j] ?? 0) +
          (a[i * 3 + 2] ?? 0) * (b[6 + j] ?? 0),
      )
  return out
}

function apply(pose: Pose, p: Vec3): Vec3 {
  const r = pose.r
  return [0, 1, 2].map(
    (i) =>
      (r[i * 3] ?? 0) * p[0] +
      (r[i * 3 + 1] ?? 0) * p[1] +
      (r[i * 3 + 2] ?? 0) * p[2] +
      (pose.t[i] ?? 0),
  ) as Vec3
}

/** Reprojection residuals (pixels, u then v per corner), or null when a corner is behind the camera. */
function residuals(pose: Pose, pts: Vec3[], obs: LabelCorners, intr: Intrinsics): number[] | null {
  const out: number[] = []
  for (let i = 0; i < pts.length; i++) {
    const q = apply(pose, pts[i] as Vec3)
    if (q[2] <= 1e-6) return null
    const o = obs[i] as [number, number]
    out.push(intr.fx * (q[0] / q[2]) + intr.cx - o[0], intr.fy * (q[1] / q[2]) + intr.cy - o[1])
  }
  return out
}

const sumSq = (r: number[]) => r.reduce((s, v) => s + v * v, 0)

/**
 * Levenberg–Marquardt on the corners' reprojection error, rotation updated on the left
 * (R ← exp(ω)·R) so the six parameters stay minimal.
 */
function refine(start: Pose, pts: Vec3[], obs: LabelCorners, intr: Intrinsics): Pose | null {
  let pose = start
  let r = residuals(pose, pts, obs, intr)
  if (!r) return null
  let cost = sumSq(r)
  let lambda = 1e-3
  for (let iter = 0; iter < 30 && cost > 1e-14; iter++) {
    const jtj = Array.from({ length: 6 }, () => new Array<number>(6).fill(0))
    const jtr = new Array<number>(6).fill(0)
    for (let i = 0; i < pts.length; i++) {
      const p = pts[i] as Vec3
      const rp = apply({ r: pose.r, t: [0, 0, 0] }, p)
      const [x, y, z] = apply(pose, p)
      const du: Vec3 = [intr.fx / z, 0, (-intr.fx * x) / (z * z)]
      const dv: Vec3 = [0, intr.fy / z, (-intr.fy * y) / (z * z)]
      // d(point)/dω = −[rp]×, d(point)/dt = I.
      const dw = (g: Vec3): number[] => [
        g[1] * -rp[2] + g[2] * rp[1],
        g[0] * rp[2] + g[2] * -rp[0],
        g[0] * -rp[1] + g[1] * rp[0],
      ]
      const rows = [
        [...dw(du), ...du],
        [...dw(dv), ...dv],
      ]
      for (let k = 0; k < 2; k++) {
        const row = rows[k] as number[]
        const res = r[i * 2 + k] ?? 0
        for (let a = 0; a < 6; a++) {
          jtr[a] = (jtr[a] ?? 0) + (row[a] ?? 0) * res
          const ja = jtj[a] as number[]
          for (let b = 0; b < 6; b++) ja[b] = (ja[b] ?? 0) + (row[a] ?? 0) * (row[b] ?? 0)
        }
      }
    }
    let improved = false
    for (let attempt = 0; attempt < 8 && !improved; attempt++) {
      const a = jtj.map((row, i) => row.map((v, j) => (i === j ? v * (1 + lambda) + 1e-12 : v)))
      const step = solveLinear(
        a,
        jtr.map((v) => -v),
      )
      if (!step) break
      const next: Pose = {
        r: mul3(rodrigues([step[0] ?? 0, step[1] ?? 0, step[2] ?? 0]), pose.r),
        t: [pose.t[0] + (step[3] ?? 0), pose.t[1] + (step[4] ?? 0), pose.t[2] + (step[5] ?? 0)],
      }
      const nr = residuals(next, pts, obs, intr)
      if (nr && sumSq(nr) < cost) {
        const gain = cost - sumSq(nr)
        pose = next
        r = nr
        cost = sumSq(nr)
        lambda = Math.max(lambda / 4, 1e-9)
        improved = true
        if (gain < 1e-9) iter = Number.POSITIVE_INFINITY // converged: < 1e-9 px² gained
      } else lambda *= 8
    }
    if (!improved) break
  }
  return pose
}

/**
 * The other planar solution: the label normal mirrored about the line of sight to the label.
 * With H = I − 2vvᵀ (reflection across the plane normal to the sight line v), the in-plane axes
 * become H·r1, H·r2 and the normal −H·r3 (the IPPE ambiguity at the label centre).
 */
function mirrored(pose: Pose): Pose {
  const v = normalize(pose.t)
  const col = (j: number): Vec3 => [pose.r[j] ?? 0, pose.r[3 + j] ?? 0, pose.r[6 + j] ?? 0]
  const reflect = (c: Vec3): Vec3 => {
    const k = 2 * dot(c, v)
    return [c[0] - k * v[0], c[1] - k * v[1], c[2] - k * v[2]]
  }
  const r1 = reflect(col(0))
  const r2 = reflect(col(1))
  const r3 = cross(r1, r2)
  return { r: [r1[0], r2[0], r3[0], r1[1], r2[1], r3[1], r1[2], r2[2], r3[2]], t: pose.t }
}

/** The label's normal (third column of the rotation) in the camera frame. */
const rotationNormal = (p: Pose): Vec3 => [p.r[2] ?? 0, p.r[5] ?? 0, p.r[8] ?? 0]

function solution(pose: Pose, pts: Vec3[], obs: LabelCorners, intr: Intrinsics): LabelPoseSolution {
  const r = residuals(pose, pts, obs, intr) ?? [Number.POSITIVE_INFINITY]
  return {
    cameraFromLabel: fromRotationTranslation(pose.r, pose.t),
    reprojectionErrorPx: Math.sqrt(sumSq(r) / pts.length),
  }
}

function checkCorners(corners: LabelCorners): boolean {
  // A convex quadrilateral with the same turn at every corner and a real area.
  let sign = 0
  let area = 0
  for (let i = 0; i < 4; i++) {
    const a = corners[i] as [number, number]
    const b = corners[(i + 1) % 4] as [number, number]
    const c = corners[(i + 2) % 4] as [number, number]
    if (![...a].every(Number.isFinite)) return false
    const turn = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0])
    if (turn === 0 || (sign !== 0 && Math.sign(turn) !== sign)) return false
    sign = Math.sign(turn)
    area += a[0] * b[1] - b[0] * a[1]
  }
  return Math.abs(area) / 2 >= 16
}

/**
 * Both planar pose solutions of a square label of side `sideM` metres whose corners were seen at
 * `corners` (pixels, TL TR BR BL), each refined by Levenberg–Marquardt on the reprojection
 * error; sorted by that error (lowest first). Empty when the corners cannot be a label in front
 * of the camera. One solution only when the two coincide (a label seen face-on).
 */
export function solveLabelPoseCandidates(
  corners: LabelCorners,
  intr: Intrinsics,
  sideM: number,
): LabelPoseSolution[] {
  if (!(sideM > 0)) throw new Error(`label side must be positive, got ${sideM}`)
  if (!checkCorners(corners)) return []
  const pts = labelCornerPoints(sideM)
  const normalised = corners.map(([u, v]) => [
    (u - intr.cx) / intr.fx,
    (v - intr.cy) / intr.fy,
  ]) as [number, number][]
  const h = homography(pts, normalised)
  const first = h && poseFromHomography(h)
  if (!first) return []
  const a = refine(first, pts, corners, intr)
  if (!a) return []
  const b = refine(mirrored(a), pts, corners, intr)
  const out = [solution(a, pts, corners, intr)]
  if (b) {
    // Face-on, both starts converge to one pose: keep it once.
    const [an, bn] = [rotationNormal(a), rotationNormal(b)]
    const normalGap = Math.hypot(an[0] - bn[0], an[1] - bn[1], an[2] - bn[2])
    if (normalGap > 1e-6) out.push(solution(b, pts, corners, intr))
  }
  return out.sort((x, y) => x.reprojectionErrorPx - y.reprojectionErrorPx)
}

/**
 * World up in the label frame as a candidate predicts it, compared with where gravity says it is:
 * cosine of the angle between the two (1 = perfect agreement).
 */
export function gravityAgreement(cameraFromLabel: number[], prior: GravityPrior): number {
  const n = normalize(prior.labelNormal)
  const u = normalize(prior.labelUp)
  const x = cross(u, n)
  // Model up (0, 1, 0) in the label frame: the rows of labelFromModel's rotation, column y.
  const upInLabel: Vec3 = [x[1], u[1], n[1]]
  const r = rotationOf(cameraFromLabel)
  const predicted: Vec3 = [0, 1, 2].map(
    (i) =>
      (r[i * 3] ?? 0) * upInLabel[0] +
      (r[i * 3 + 1] ?? 0) * upInLabel[1] +
      (r[i * 3 + 2] ?? 0) * upInLabel[2],
  ) as Vec3
  return dot(normalize(predicted), normalize(prior.upInCamera))
}

/**
 * Gravity decides only when the two candidates disagree with it by clearly different angles:
 * a label turned about an axis in the image plane that is also vertical (a vertical label seen
 * from the left or the right) looks the same to gravity in both solutions.
 */
const GRAVITY_MARGIN_RAD = (3 * Math.PI) / 180

/**
 * The label's pose in the camera from its four corners: of the two planar solutions, the one
 * that agrees better with gravity when a prior is given (the product stands upright) and the
 * two differ by more than 3° there; otherwise the one with the lower reprojection error. Null
 * when no pose fits the corners.
 */
export function solveLabelPose(
  corners: LabelCorners,
  intr: Intrinsics,
  sideM: number,
  prior?: GravityPrior,
): LabelPoseSolution | null {
  const candidates = solveLabelPoseCandidates(corners, intr, sideM)
  const [a, b] = candidates
  if (!prior || !a || !b) return a ?? null
  const angleA = Math.acos(Math.min(1, gravityAgreement(a.cameraFromLabel, prior)))
  const angleB = Math.acos(Math.min(1, gravityAgreement(b.cameraFromLabel, prior)))
  if (Math.abs(angleA - angleB) <= GRAVITY_MARGIN_RAD) return a
  return angleA < angleB ? a : b
}
