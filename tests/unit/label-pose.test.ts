import QRCode from 'qrcode'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  createAlignmentFusion,
  intrinsicsFromProjection,
  mat4FromQuat,
  multiply,
  project,
  refineCorners,
  scaleIntrinsics,
  solveLabelPose,
  solveLabelPoseCandidates,
  tapLabelPose,
  transformPoint,
  upInCamera,
  worldFromModel,
} from '../../web/recognition/label-pose'
import type { LabelCorners, Mat4, Vec3 } from '../../web/recognition/label-pose/types'
import {
  decodeLabel,
  framePlans,
  labelPoseAt,
  phoneIntrinsics,
  prepareZxingForNode,
} from '../helpers/label-pose-frames'
import { renderLabelShot, rng } from '../helpers/label-render'

const TEXT = 'https://fixpoint.example/p/espresso-one?sn=000123'
const SIDE = 0.05

/** Points on a 30 cm sphere around the label (Fibonacci lattice), label frame. */
const SPHERE: Vec3[] = Array.from({ length: 64 }, (_, i) => {
  const y = 1 - (2 * (i + 0.5)) / 64
  const r = Math.sqrt(1 - y * y)
  const phi = i * Math.PI * (3 - Math.sqrt(5))
  return [0.3 * r * Math.cos(phi), 0.3 * y, 0.3 * r * Math.sin(phi)]
})

const gapMm = (a: Mat4, b: Mat4, points: Vec3[]) =>
  points.map((p) => {
    const pa = transformPoint(a, p)
    const pb = transformPoint(b, p)
    return Math.hypot(pa[0] - pb[0], pa[1] - pb[1], pa[2] - pb[2]) * 1000
  })
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN
}
const cornerError = (a: LabelCorners, b: LabelCorners) =>
  a.map((p, i) => Math.hypot(p[0] - (b[i]?.[0] ?? 0), p[1] - (b[i]?.[1] ?? 0)))
const normalOf = (m: Mat4): Vec3 => [m[8] ?? 0, m[9] ?? 0, m[10] ?? 0]
const angleDeg = (a: Vec3, b: Vec3) =>
  (Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]))) * 180) / Math.PI

describe('intrinsics from the XR projection matrix', () => {
  // An off-centre GL frustum, as phone cameras report (principal point not at the centre).
  const [l, r, b, t, n, f] = [-0.06, 0.05, -0.035, 0.045, 0.1, 100]
  const p = [
    (2 * n) / (r - l),
    0,
    0,
    0,
    0,
    (2 * n) / (t - b),
    0,
    0,
    (r + l) / (r - l),
    (t + b) / (t - b),
    -(f + n) / (f - n),
    -1,
    0,
    0,
    (-2 * f * n) / (f - n),
    0,
  ]
  /** Where GL puts a view-space point in an image of w×h with rows top-down. */
  const glPixel = (v: Vec3, w: number, h: number): [number, number] => {
    const clip = [0, 1, 3].map(
      (row) =>
        (p[row] ?? 0) * v[0] +
        (p[4 + row] ?? 0) * v[1] +
        (p[8 + row] ?? 0) * v[2] +
        (p[12 + row] ?? 0),
    )
    const [x, y, cw] = clip as [number, number, number]
    return [((x / cw + 1) / 2) * w, ((1 - y / cw) / 2) * h]
  }

  it('projects view-space points where GL does, rows top-down', () => {
    const intr = intrinsicsFromProjection(p, 1280, 720)
    for (const v of [
      [0.1, 0.2, -1],
      [-0.3, -0.1, -2],
      [0, 0, -0.5],
      [0.02, -0.05, -0.3],
    ] as Vec3[]) {
      const [u, w] = project(intr, [v[0], -v[1], -v[2]])
      const [gu, gv] = glPixel(v, 1280, 720)
      expect(u).toBeCloseTo(gu, 6)
      expect(w).toBeCloseTo(gv, 6)
    }
    // The bottom-up form (1 − p9)·h/2 would put the principal point elsewhere.
    expect(Math.abs(intr.cy - ((1 - (p[9] ?? 0)) * 720) / 2)).toBeGreaterThan(10)
  })

  it('scales with a downsampled image', () => {
    const half = scaleIntrinsics(intrinsicsFromProjection(p, 1280, 720), 640, 360)
    const [u, v] = project(half, [0.1, 0.05, 0.7])
    const [gu, gv] = glPixel([0.1, -0.05, -0.7], 640, 360)
    expect(u).toBeCloseTo(gu, 6)
    expect(v).toBeCloseTo(gv, 6)
  })

  it('refuses what is not a perspective projection', () => {
    expect(() => intrinsicsFromProjection([1, 0, 0], 10, 10)).toThrow(/16 numbers/)
    expect(() =>
      intrinsicsFromProjection([1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1], 10, 10),
    ).toThrow(/perspective/)
  })
})

// A product standing on the floor, turned 90° about world Y, its label on the front face.
const LABEL = {
  center: [0.1, 0.2, 0.15] as Vec3,
  normal: [0, 0, 1] as Vec3,
  up: [0, 1, 0] as Vec3,
  sizeMm: 50,
}
const WORLD_FROM_MODEL: Mat4 = [0, 0, -1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, -2, 1]

describe('world pose', () => {
  it('composes view, camera and label into the product pose (hand-built case)', () => {
    // The viewer stands 0.5 m in front of the label (world +X of it), looking along world −X.
    const worldFromView: Mat4 = [0, 0, -1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1.65, 0.2, -2.1, 1]
    // In the CV camera the label is 0.5 m ahead, its +x to the right, +y up (CV −y), +z at us.
    const cameraFromLabel: Mat4 = [1, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1, 0, 0, 0, 0.5, 1]
    const got = worldFromModel(worldFromView, cameraFromLabel, LABEL)
    for (let i = 0; i < 16; i++) expect(got[i]).toBeCloseTo(WORLD_FROM_MODEL[i] ?? 0, 9)
    const up = upInCamera(worldFromView)
    expect(up[0]).toBeCloseTo(0, 9)
    expect(up[1]).toBeCloseTo(-1, 9)
    expect(up[2]).toBeCloseTo(0, 9)
  })

  it('tap on a front label: the hit point and the surface normal fix the product', () => {
    const got = tapLabelPose([1.15, 0.2, -2.1], [1, 0, 0], LABEL, [2, 1.5, -1])
    for (let i = 0; i < 16; i++) expect(got[i]).toBeCloseTo(WORLD_FROM_MODEL[i] ?? 0, 9)
  })

  it('tap on a label on the top face: the product faces the viewer', () => {
    const top = {
      center: [0, 0.4, 0] as Vec3,
      normal: [0, 1, 0] as Vec3,
      up: [0, 0, -1] as Vec3,
      sizeMm: 50,
    }
    const hit: Vec3 = [0.5, 0.9, 0.2]
    const got = tapLabelPose(hit, [0.01, 1, 0], top, [0.5, 1.6, 1.2])
    const centre = transformPoint(got, top.center)
    for (let i = 0; i < 3; i++) expect(centre[i]).toBeCloseTo(hit[i] ?? 0, 9)
    // Model +Z points at the viewer (world +Z from the hit), model +Y stays up.
    expect(got[10]).toBeCloseTo(1, 9)
    expect(got[5]).toBeCloseTo(1, 9)
  })
})

describe('alignment fusion', () => {
  const truth = multiply(WORLD_FROM_MODEL, mat4FromQuat([0.01, 0.02, 0, 1]))
  const random = rng(42)
  const jitter = (mm: number, deg: number, base = truth): Mat4 => {
    const a = (deg * Math.PI) / 180
    const q = [random() - 0.5, random() - 0.5, random() - 0.5].map((v) => v * a)
    const m = multiply(base, mat4FromQuat([q[0] ?? 0, q[1] ?? 0, q[2] ?? 0, 1]))
    for (let k = 12; k < 15; k++) m[k] = (m[k] ?? 0) + (random() - 0.5) * 2 * mm * 1e-3
    return m
  }
  const probes: Vec3[] = [
    [0.3, 0, 0],
    [0, 0.3, 0],
    [0, 0, 0.3],
    [0, 0, 0],
  ]

  it('goes looking → hold-still → move-a-little → aligned, rejecting outliers', () => {
    const fusion = createAlignmentFusion()
    expect(fusion.estimate(0).phase).toBe('looking')
    const at = (ms: number, cam: Vec3, pose: Mat4) =>
      fusion.add({ worldFromModel: pose, cameraPosition: cam, reprojectionErrorPx: 0.2, at: ms })
    at(100, [2, 1.5, -1], jitter(1.5, 0.2))
    at(200, [2, 1.5, -1], jitter(1.5, 0.2))
    expect(fusion.estimate(250).phase).toBe('hold-still')
    at(300, [2.01, 1.5, -1], jitter(1.5, 0.2))
    at(400, [2.01, 1.51, -1], jitter(1.5, 0.2))
    expect(fusion.estimate(450).phase).toBe('move-a-little')
    // A wild sighting (a misread or the flipped solution) must not move the estimate.
    at(500, [2.02, 1.5, -1], jitter(0, 10, multiply(truth, mat4FromQuat([0, 0.2, 0, 1]))))
    for (let i = 0; i < 6; i++)
      at(600 + i * 100, [2 - i * 0.05, 1.5, -1 + i * 0.05], jitter(1.5, 0.2))
    const e = fusion.estimate(1200)
    expect(e.phase).toBe('aligned')
    expect(e.outliers).toBe(1)
    expect(e.inliers).toBe(10)
    expect(e.errorMm).not.toBeNull()
    expect(e.errorMm ?? 99).toBeLessThanOrEqual(5)
    expect(Math.max(...gapMm(e.worldFromModel ?? [], truth, probes))).toBeLessThan(2.5)
    // Aligned stays aligned when the label is out of view for a while.
    expect(fusion.estimate(9000).phase).toBe('aligned')
  })

  it('follows the product when it was moved', () => {
    const fusion = createAlignmentFusion()
    for (let i = 0; i < 8; i++)
      fusion.add({
        worldFromModel: jitter(1, 0.1),
        cameraPosition: [i * 0.05, 1.5, 0],
        reprojectionErrorPx: 0.2,
        at: i * 100,
      })
    expect(fusion.estimate(800).phase).toBe('aligned')
    const moved = multiply(truth, mat4FromQuat([0, 0.05, 0, 1], [0.1, 0, 0.04]))
    for (let i = 0; i < 6; i++)
      fusion.add({
        worldFromModel: jitter(1, 0.1, moved),
        cameraPosition: [i * 0.05, 1.5, 0.3],
        reprojectionErrorPx: 0.2,
        at: 1000 + i * 100,
      })
    const e = fusion.estimate(1600)
    expect(Math.max(...gapMm(e.worldFromModel ?? [], moved, probes))).toBeLessThan(3)
    expect(e.phase).toBe('aligned')
    fusion.reset()
    expect(fusion.estimate(1700).phase).toBe('looking')
  })
})

describe('label pose from rendered camera frames', () => {
  beforeAll(() => prepareZxingForNode())

  it('planar solutions of exact corners include the true pose, refined to zero error', () => {
    const intr = phoneIntrinsics(1280, 720)
    const truth = labelPoseAt(intr, 0.3, 35, rng(7))
    const h = SIDE / 2
    const corners = (
      [
        [-h, h, 0],
        [h, h, 0],
        [h, -h, 0],
        [-h, -h, 0],
      ] as Vec3[]
    ).map((p) => project(intr, transformPoint(truth, p))) as LabelCorners
    const [best, other] = solveLabelPoseCandidates(corners, intr, SIDE)
    expect(best?.reprojectionErrorPx ?? 1).toBeLessThan(1e-6)
    expect(Math.max(...gapMm(best?.cameraFromLabel ?? [], truth, SPHERE))).toBeLessThan(1e-3)
    expect(angleDeg(normalOf(other?.cameraFromLabel ?? []), normalOf(truth))).toBeGreaterThan(10)
  })

  it('gravity picks the right planar solution where the reprojection error cannot', () => {
    // A far (0.6 m at 640×480), slightly pitched label with noisy corners (±0.4 px): the two
    // solutions fit about equally
    // well, and the lower error alone sometimes picks the mirrored one.
    const intr = phoneIntrinsics(640, 480)
    const random = rng(99)
    let withPrior = 0
    let withoutPrior = 0
    let ambiguous = 0
    const trials = 120
    for (let i = 0; i < trials; i++) {
      const pitch = ((6 + random() * 10) * Math.PI) / 180
      const truth = multiply(
        [1, 0, 0, 0, 0, -1, 0, 0, 0, 0, -1, 0, 0.02 - random() * 0.04, 0.01, 0.6, 1],
        mat4FromQuat([Math.sin(pitch / 2) * (random() < 0.5 ? 1 : -1), 0, 0, Math.cos(pitch / 2)]),
      )
      const h = SIDE / 2
      const corners = (
        [
          [-h, h, 0],
          [h, h, 0],
          [h, -h, 0],
          [-h, -h, 0],
        ] as Vec3[]
      ).map((p) => {
        const [u, v] = project(intr, transformPoint(truth, p))
        return [u + (random() - 0.5) * 0.8, v + (random() - 0.5) * 0.8]
      }) as LabelCorners
      const up = transformPoint([...truth.slice(0, 12), 0, 0, 0, 1], [0, 1, 0])
      const prior = { upInCamera: up, labelNormal: [0, 0, 1] as Vec3, labelUp: [0, 1, 0] as Vec3 }
      const truthNormal = normalOf(truth)
      const candidates = solveLabelPoseCandidates(corners, intr, SIDE)
      const errs = candidates.map((c) => angleDeg(normalOf(c.cameraFromLabel), truthNormal))
      // Only where there are two distinct solutions is there a choice to get wrong.
      if (errs.length < 2 || Math.abs((errs[0] ?? 0) - (errs[1] ?? 0)) <= 2) continue
      ambiguous++
      const right = Math.min(...errs)
      const chosen = solveLabelPose(corners, intr, SIDE, prior)
      if (angleDeg(normalOf(chosen?.cameraFromLabel ?? []), truthNormal) > right + 1e-9) withPrior++
      if ((errs[0] ?? 0) > right) withoutPrior++
    }
    console.log('mirrored solutions chosen', { trials, ambiguous, withPrior, withoutPrior })
    expect(ambiguous).toBeGreaterThanOrEqual(40)
    expect(withoutPrior).toBeGreaterThan(0)
    expect(withPrior).toBe(0)
  })

  it('meets the accuracy targets at 30 cm from the label, never choosing the flipped solution', async () => {
    const modules = QRCode.create(TEXT, { errorCorrectionLevel: 'M' }).modules.size
    const plans = framePlans(64, 2026)
    const errors: number[] = []
    const bySize: Record<string, number[]> = {}
    const before: number[] = []
    const after: number[] = []
    let decodable = 0
    let decoded = 0
    let flips = 0
    let flipsWithoutPrior = 0
    let ambiguous = 0
    for (const plan of plans) {
      const h = SIDE / 2
      const truthCorners = (
        [
          [-h, h, 0],
          [h, h, 0],
          [h, -h, 0],
          [-h, -h, 0],
        ] as Vec3[]
      ).map((p) => project(plan.intr, transformPoint(plan.cameraFromLabel, p)))
      // Below 3 px per module (the shortest projected side) no decoder reads the code: such
      // frames (far and/or steep at 640×480, the far end at 1280×720) are left out and counted.
      const shortest = Math.min(
        ...truthCorners.map((p, i) => {
          const q = truthCorners[(i + 1) % 4] ?? p
          return Math.hypot(q[0] - p[0], q[1] - p[1])
        }),
      )
      if (shortest / modules < 3) continue
      decodable++
      const shot = renderLabelShot({ ...plan, text: TEXT, sideM: SIDE })
      const read = await decodeLabel(shot.image)
      if (read?.text !== TEXT) continue
      decoded++
      const refined = refineCorners(shot.image, read.corners, { modules: read.modules })
      before.push(...cornerError(read.corners, shot.corners))
      after.push(...cornerError(refined, shot.corners))
      // Gravity: the label is on the front of an upright product (model Y up), so world up in
      // the camera is the label's +y; the XR pose gives it to within about a degree.
      const up = transformPoint(
        [...plan.cameraFromLabel.slice(0, 12), 0, 0, 0, 1],
        [0.01, 1, -0.01],
      )
      const prior = { upInCamera: up, labelNormal: [0, 0, 1] as Vec3, labelUp: [0, 1, 0] as Vec3 }
      const chosen = solveLabelPose(refined, plan.intr, SIDE, prior)
      expect(chosen).not.toBeNull()
      if (!chosen) continue
      const gaps = gapMm(chosen.cameraFromLabel, plan.cameraFromLabel, SPHERE)
      errors.push(...gaps)
      const size = `${plan.intr.width}×${plan.intr.height}`
      bySize[size] = [...(bySize[size] ?? []), ...gaps]
      const candidates = solveLabelPoseCandidates(refined, plan.intr, SIDE)
      if (candidates.length === 2) {
        const [a, b] = candidates.map((c) =>
          angleDeg(normalOf(c.cameraFromLabel), normalOf(plan.cameraFromLabel)),
        ) as [number, number]
        // Candidates whose normals are within 2° of each other are the same answer.
        if (Math.abs(a - b) > 2) {
          ambiguous++
          const mine = angleDeg(normalOf(chosen.cameraFromLabel), normalOf(plan.cameraFromLabel))
          if (mine > Math.min(a, b) + 1e-9) flips++
          // For the record: how often the lower reprojection error alone would have flipped.
          if (a > b) flipsWithoutPrior++
        }
      }
    }
    const figures = {
      frames: plans.length,
      decodable,
      decoded,
      'median mm @30cm': quantile(errors, 0.5).toFixed(2),
      'p90 mm @30cm': quantile(errors, 0.9).toFixed(2),
      'corner px before (median)': quantile(before, 0.5).toFixed(3),
      'corner px after (median)': quantile(after, 0.5).toFixed(3),
      'corner px after (p90)': quantile(after, 0.9).toFixed(3),
      ...Object.fromEntries(
        Object.entries(bySize).map(([size, e]) => [
          `${size}: frames, median/p90 mm`,
          `${e.length / SPHERE.length}, ${quantile(e, 0.5).toFixed(2)}/${quantile(e, 0.9).toFixed(2)}`,
        ]),
      ),
      'two distinct solutions': ambiguous,
      flips,
      'flips by reprojection error alone': flipsWithoutPrior,
    }
    console.log('label pose figures', figures)
    expect(decodable).toBeGreaterThanOrEqual(30)
    expect(decoded / decodable).toBeGreaterThanOrEqual(0.9)
    expect(quantile(errors, 0.5)).toBeLessThanOrEqual(2)
    expect(quantile(errors, 0.9)).toBeLessThanOrEqual(6)
    expect(flips).toBe(0)
    expect(quantile(after, 0.5)).toBeLessThan(quantile(before, 0.5))
    // Refinement never makes a corner worse than the decoder's by more than a pixel.
    const worse = after.map((a, i) => a - (before[i] ?? 0))
    expect(Math.max(...worse)).toBeLessThanOrEqual(1)
  }, 120_000)
})
