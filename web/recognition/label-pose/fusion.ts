import { mat4FromQuat, quatFromMat4, transformPoint, translationOf } from './mat4'
import type { AlignmentEstimate, Mat4, ProductObservation, Vec3 } from './types'

/**
 * Thresholds of the alignment fusion. The defaults are chosen for a phone held 0.2–0.6 m from a
 * ~50 mm label, where one sighting is good to a few mm at 30 cm (tests/unit/label-pose.test.ts).
 */
export type FusionOptions = {
  /** Poses are compared at the model origin and at points this far from it along each axis (the product's parts), m. Default 0.3. */
  probeRadiusM?: number
  /** A sighting further than this from the robust centre (largest probe gap) is an outlier, mm. Default 12. */
  inlierMm?: number
  /** Consistent sightings needed before the pose can count as aligned. Default 3. */
  minInliers?: number
  /** The camera must have moved at least this far between sightings (distinct viewpoints), m. Default 0.05: a hand's small move. */
  minBaselineM?: number
  /** Aligned once the error estimate is at most this, mm. Default 5. */
  alignedErrorMm?: number
  /**
   * The error estimate never drops below this, mm: averaging removes noise, not what every
   * sighting shares (intrinsics, the label's printed size and placement). Default 1.5.
   */
  errorFloorMm?: number
  /** Without a sighting for this long (and not aligned), the phase is `looking`, ms. Default 1500. An aligned pose stays aligned: it is anchored. */
  lostMs?: number
  /** Sightings kept (the newest). Default 40. */
  windowSize?: number
  /** This many consecutive sightings that agree with each other but not with the fused pose mean the product moved: they replace the old ones. Default 4. */
  movedAfter?: number
}

type Fit = { pose: Mat4; inliers: ProductObservation[]; spreadMm: number }

/**
 * Fuses label sightings from several viewpoints into one product pose with outlier rejection,
 * and says where the customer is: `looking` (no sighting in the last `lostMs` and not aligned), `hold-still`
 * (sightings, but too few or inconsistent), `move-a-little` (consistent, but all from about one
 * viewpoint: the camera baseline is under `minBaselineM`) and `aligned` (at least `minInliers`
 * consistent sightings, a baseline of `minBaselineM` and an error estimate ≤ `alignedErrorMm`).
 *
 * Robust fit: the medoid sighting (least median distance to the others) is the centre; sightings
 * within `inlierMm` of it are averaged (positions, and quaternions sign-aligned to it, weighted by
 * reprojection error), then inliers are re-selected around that average and averaged again.
 * The error estimate is the inliers' RMS distance from the fit at the probe points divided by
 * √n, floored at `errorFloorMm`.
 */
export function createAlignmentFusion(opts: FusionOptions = {}) {
  const o = {
    probeRadiusM: 0.3,
    inlierMm: 12,
    minInliers: 3,
    minBaselineM: 0.05,
    alignedErrorMm: 5,
    errorFloorMm: 1.5,
    lostMs: 1500,
    windowSize: 40,
    movedAfter: 4,
    ...opts,
  }
  const r = o.probeRadiusM
  const probes: Vec3[] = [
    [0, 0, 0],
    [r, 0, 0],
    [-r, 0, 0],
    [0, r, 0],
    [0, -r, 0],
    [0, 0, r],
    [0, 0, -r],
  ]
  let observations: ProductObservation[] = []

  /** Per-probe distances between two poses, mm. */
  const gaps = (a: Mat4, b: Mat4) =>
    probes.map((p) => {
      const pa = transformPoint(a, p)
      const pb = transformPoint(b, p)
      return Math.hypot(pa[0] - pb[0], pa[1] - pb[1], pa[2] - pb[2]) * 1000
    })
  const maxGap = (a: Mat4, b: Mat4) => Math.max(...gaps(a, b))
  const rmsGap = (a: Mat4, b: Mat4) =>
    Math.sqrt(gaps(a, b).reduce((s, g) => s + g * g, 0) / probes.length)

  const average = (set: ProductObservation[], reference: Mat4): Mat4 => {
    const ref = quatFromMat4(reference)
    const q = [0, 0, 0, 0]
    const t = [0, 0, 0]
    let total = 0
    for (const obs of set) {
      const w = 1 / (0.25 + obs.reprojectionErrorPx ** 2)
      const qi = quatFromMat4(obs.worldFromModel)
      const sign = qi[0] * ref[0] + qi[1] * ref[1] + qi[2] * ref[2] + qi[3] * ref[3] < 0 ? -1 : 1
      for (let k = 0; k < 4; k++) q[k] = (q[k] ?? 0) + w * sign * (qi[k] ?? 0)
      const ti = translationOf(obs.worldFromModel)
      for (let k = 0; k < 3; k++) t[k] = (t[k] ?? 0) + w * (ti[k] ?? 0)
      total += w
    }
    return mat4FromQuat(
      q,
      t.map((v) => v / total),
    )
  }

  const robustFit = (set: ProductObservation[]): Fit | null => {
    if (set.length === 0) return null
    let medoid = set[0] as ProductObservation
    let best = Number.POSITIVE_INFINITY
    for (const a of set) {
      const d = set.map((b) => maxGap(a.worldFromModel, b.worldFromModel)).sort((x, y) => x - y)
      const med = d[Math.floor(d.length / 2)] ?? 0
      if (med < best) {
        best = med
        medoid = a
      }
    }
    let pose = medoid.worldFromModel
    let inliers = set.filter((b) => maxGap(pose, b.worldFromModel) <= o.inlierMm)
    pose = average(inliers, pose)
    const around = set.filter((b) => maxGap(pose, b.worldFromModel) <= o.inlierMm)
    if (around.length > 0) {
      inliers = around
      pose = average(inliers, pose)
    }
    const spreadMm = Math.sqrt(
      inliers.reduce((s, b) => s + rmsGap(pose, b.worldFromModel) ** 2, 0) / inliers.length,
    )
    return { pose, inliers, spreadMm }
  }

  const baseline = (set: ProductObservation[]) => {
    let most = 0
    for (const a of set)
      for (const b of set) {
        const d = Math.hypot(
          a.cameraPosition[0] - b.cameraPosition[0],
          a.cameraPosition[1] - b.cameraPosition[1],
          a.cameraPosition[2] - b.cameraPosition[2],
        )
        if (d > most) most = d
      }
    return most
  }

  return {
    /** Adds one sighting (its time `at` in ms, the same clock as `estimate(now)`). */
    add(obs: ProductObservation): void {
      observations.push(obs)
      if (observations.length > o.windowSize) observations = observations.slice(-o.windowSize)
      // The product moved: the newest sightings agree among themselves, not with the rest.
      const n = o.movedAfter
      if (observations.length <= n) return
      const newest = observations.slice(-n)
      const older = robustFit(observations.slice(0, -n))
      const agree = newest.every((a) =>
        newest.every((b) => maxGap(a.worldFromModel, b.worldFromModel) <= o.inlierMm),
      )
      if (older && agree && newest.every((a) => maxGap(older.pose, a.worldFromModel) > o.inlierMm))
        observations = newest
    },

    /** The fused pose, its error estimate and the customer-facing phase at time `now` (ms). */
    estimate(now: number): AlignmentEstimate {
      const result = robustFit(observations)
      const recent = observations.some((obs) => now - obs.at <= o.lostMs)
      if (!result)
        return { phase: 'looking', worldFromModel: null, errorMm: null, inliers: 0, outliers: 0 }
      const n = result.inliers.length
      const errorMm = n >= 2 ? Math.max(o.errorFloorMm, result.spreadMm / Math.sqrt(n)) : null
      const consistent = n >= o.minInliers && n >= 0.5 * observations.length
      const spread = baseline(result.inliers)
      let phase: AlignmentEstimate['phase']
      if (consistent && spread >= o.minBaselineM && errorMm !== null && errorMm <= o.alignedErrorMm)
        phase = 'aligned'
      else if (!recent) phase = 'looking'
      else if (consistent && spread < o.minBaselineM) phase = 'move-a-little'
      else phase = 'hold-still'
      return {
        phase,
        worldFromModel: result.pose,
        errorMm,
        inliers: n,
        outliers: observations.length - n,
      }
    },

    /** Forgets every sighting (a new product, or the customer restarts alignment). */
    reset(): void {
      observations = []
    },
  }
}

export type AlignmentFusion = ReturnType<typeof createAlignmentFusion>
