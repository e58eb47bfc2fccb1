/**
 * Pure helpers for setting a product's label pose in the studio: the default "up" on a clicked face,
 * turning it by quarter turns, and turning what the author typed or clicked into a pose the server
 * accepts (`LabelPoseSchema`), with errors per field. No three.js, no DOM.
 */
import { type LabelPose, LabelPoseSchema } from '../../../server/domain/product'

export type Vec3 = [number, number, number]

/** What the panel edits: the numbers as the author sees them, before validation. */
export type LabelDraft = { center: Vec3; normal: Vec3; up: Vec3; sizeMm: number }

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const length = (a: Vec3) => Math.hypot(a[0], a[1], a[2])
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
/** Rounds to 1e-4 (0.1 mm for points) and turns −0 into 0, for fields people read. */
const tidy = (a: Vec3): Vec3 => a.map((x) => Math.round(x * 1e4) / 1e4 + 0) as Vec3

/** `a` scaled to length 1, or null when it has (almost) no length. */
export function normalize(a: Vec3): Vec3 | null {
  const l = length(a)
  return l > 1e-9 ? scale(a, 1 / l) : null
}

/** `v` with its component along the unit `n` removed, normalized; null when `v` is along `n`. */
function inPlane(v: Vec3, n: Vec3): Vec3 | null {
  return normalize([v[0] - n[0] * dot(v, n), v[1] - n[1] * dot(v, n), v[2] - n[2] * dot(v, n)])
}

/**
 * The label's default top direction on a face with unit `normal`: model +Y projected onto the face,
 * so a label on a side reads upright; on a (nearly) horizontal face, −Z projected onto it (the top
 * edge away from the product's front).
 */
export function defaultUp(normal: Vec3): Vec3 {
  const up = Math.abs(normal[1]) < 0.9 ? inPlane([0, 1, 0], normal) : null
  return tidy(up ?? inPlane([0, 0, -1], normal) ?? [1, 0, 0])
}

/** `up` turned about the unit `normal` by `quarterTurns` × 90°, counter-clockwise seen from the front. */
export function turnUp(normal: Vec3, up: Vec3, quarterTurns: number): Vec3 {
  let u = up
  const turns = ((quarterTurns % 4) + 4) % 4
  for (let i = 0; i < turns; i++) u = cross(normal, u)
  return tidy(u)
}

/** A draft from a click on a face: the hit point and the face's outward normal, in model space. */
export function draftFromHit(point: Vec3, faceNormal: Vec3, sizeMm: number): LabelDraft | null {
  const normal = normalize(faceNormal)
  if (!normal) return null
  const n = tidy(normal)
  return { center: tidy(point), normal: n, up: defaultUp(n), sizeMm }
}

/**
 * The draft with a new normal typed in: the normal is kept as typed, `up` follows it (the old up
 * projected onto the new face, or the default when that is degenerate).
 */
export function withNormal(draft: LabelDraft, normal: Vec3): LabelDraft {
  const n = normalize(normal)
  if (!n) return { ...draft, normal }
  return { ...draft, normal, up: tidy(inPlane(draft.up, n) ?? defaultUp(n)) }
}

export type LabelField = 'center' | 'normal' | 'up' | 'sizeMm'

/** The fields that cannot be saved as they are (the panel words each one). */
export type LabelFieldErrors = Partial<Record<LabelField, true>>

/**
 * The pose to save, or the errors per field. The normal may be typed at any length (it is
 * normalized); `up` is made exactly perpendicular to it.
 */
export function poseFromDraft(
  draft: LabelDraft,
): { ok: true; pose: LabelPose } | { ok: false; errors: LabelFieldErrors } {
  const normal = normalize(draft.normal)
  if (!normal) return { ok: false, errors: { normal: true } }
  const up = inPlane(draft.up, normal)
  if (!up) return { ok: false, errors: { up: true } }
  const parsed = LabelPoseSchema.safeParse({ ...draft, normal, up })
  if (parsed.success) return { ok: true, pose: parsed.data }
  const errors: LabelFieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if (field === 'center' || field === 'normal' || field === 'up' || field === 'sizeMm')
      errors[field] = true
  }
  return { ok: false, errors }
}

/** The symbol's four corners (top-left, top-right, bottom-right, bottom-left) in model space. */
export function labelCorners(pose: LabelPose, offset = 0): [Vec3, Vec3, Vec3, Vec3] {
  const h = pose.sizeMm / 2000
  const right = cross(pose.up, pose.normal)
  const at = (x: number, y: number): Vec3 => [
    pose.center[0] + right[0] * x + pose.up[0] * y + pose.normal[0] * offset,
    pose.center[1] + right[1] * x + pose.up[1] * y + pose.normal[1] * offset,
    pose.center[2] + right[2] * x + pose.up[2] * y + pose.normal[2] * offset,
  ]
  return [at(-h, h), at(h, h), at(h, -h), at(-h, -h)]
}
