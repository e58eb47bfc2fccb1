import type { Mat4, Vec3 } from './types'

/**
 * Small column-major 4×4 helpers for rigid transforms (rotation + translation), enough for the
 * label pose pipeline without three.js. Element (row r, column c) is `m[c * 4 + r]`.
 */

/** The identity transform. */
export function identity(): Mat4 {
  return [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1]
}

/** `a · b` (apply `b` first). */
export function multiply(a: ArrayLike<number>, b: ArrayLike<number>): Mat4 {
  const out = new Array<number>(16).fill(0)
  for (let c = 0; c < 4; c++) {
    for (let r = 0; r < 4; r++) {
      let s = 0
      for (let k = 0; k < 4; k++) s += (a[k * 4 + r] ?? 0) * (b[c * 4 + k] ?? 0)
      out[c * 4 + r] = s
    }
  }
  return out
}

/** The inverse of a rigid transform: transpose the rotation, rotate and negate the translation. */
export function invertRigid(m: ArrayLike<number>): Mat4 {
  const e = (r: number, c: number) => m[c * 4 + r] ?? 0
  const out = identity()
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) out[c * 4 + r] = e(c, r)
  for (let r = 0; r < 3; r++)
    out[12 + r] = -(e(0, r) * e(0, 3) + e(1, r) * e(1, 3) + e(2, r) * e(2, 3))
  return out
}

/** `m · (p, 1)`. */
export function transformPoint(m: ArrayLike<number>, p: ArrayLike<number>): Vec3 {
  const [x, y, z] = [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0]
  return [0, 1, 2].map(
    (r) => (m[r] ?? 0) * x + (m[4 + r] ?? 0) * y + (m[8 + r] ?? 0) * z + (m[12 + r] ?? 0),
  ) as Vec3
}

/** `m · (d, 0)`: a direction, translation ignored. */
export function transformDirection(m: ArrayLike<number>, d: ArrayLike<number>): Vec3 {
  const [x, y, z] = [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0]
  return [0, 1, 2].map((r) => (m[r] ?? 0) * x + (m[4 + r] ?? 0) * y + (m[8 + r] ?? 0) * z) as Vec3
}

/** A rigid transform from a row-major 3×3 rotation and a translation. */
export function fromRotationTranslation(r: ArrayLike<number>, t: ArrayLike<number>): Mat4 {
  const out = identity()
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) out[j * 4 + i] = r[i * 3 + j] ?? 0
  out[12] = t[0] ?? 0
  out[13] = t[1] ?? 0
  out[14] = t[2] ?? 0
  return out
}

/** The row-major 3×3 rotation part of `m`. */
export function rotationOf(m: ArrayLike<number>): number[] {
  const out: number[] = []
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) out.push(m[j * 4 + i] ?? 0)
  return out
}

/** The translation part of `m`. */
export function translationOf(m: ArrayLike<number>): Vec3 {
  return [m[12] ?? 0, m[13] ?? 0, m[14] ?? 0]
}

/** Unit quaternion `[x, y, z, w]` of the rotation part of `m` (Shepperd's method, stable). */
export function quatFromMat4(m: ArrayLike<number>): [number, number, number, number] {
  const e = (r: number, c: number) => m[c * 4 + r] ?? 0
  const [m00, m11, m22] = [e(0, 0), e(1, 1), e(2, 2)]
  const trace = m00 + m11 + m22
  let q: [number, number, number, number]
  if (trace > 0) {
    const s = Math.sqrt(trace + 1) * 2
    q = [(e(2, 1) - e(1, 2)) / s, (e(0, 2) - e(2, 0)) / s, (e(1, 0) - e(0, 1)) / s, s / 4]
  } else if (m00 > m11 && m00 > m22) {
    const s = Math.sqrt(1 + m00 - m11 - m22) * 2
    q = [s / 4, (e(0, 1) + e(1, 0)) / s, (e(0, 2) + e(2, 0)) / s, (e(2, 1) - e(1, 2)) / s]
  } else if (m11 > m22) {
    const s = Math.sqrt(1 + m11 - m00 - m22) * 2
    q = [(e(0, 1) + e(1, 0)) / s, s / 4, (e(1, 2) + e(2, 1)) / s, (e(0, 2) - e(2, 0)) / s]
  } else {
    const s = Math.sqrt(1 + m22 - m00 - m11) * 2
    q = [(e(0, 2) + e(2, 0)) / s, (e(1, 2) + e(2, 1)) / s, s / 4, (e(1, 0) - e(0, 1)) / s]
  }
  const n = Math.hypot(...q)
  return q.map((v) => v / n) as [number, number, number, number]
}

/** A rigid transform from a quaternion `[x, y, z, w]` (normalised here) and a translation. */
export function mat4FromQuat(q: ArrayLike<number>, t: ArrayLike<number> = [0, 0, 0]): Mat4 {
  const n = Math.hypot(q[0] ?? 0, q[1] ?? 0, q[2] ?? 0, q[3] ?? 1) || 1
  const [x, y, z, w] = [(q[0] ?? 0) / n, (q[1] ?? 0) / n, (q[2] ?? 0) / n, (q[3] ?? 1) / n]
  return fromRotationTranslation(
    [
      1 - 2 * (y * y + z * z),
      2 * (x * y - z * w),
      2 * (x * z + y * w),
      2 * (x * y + z * w),
      1 - 2 * (x * x + z * z),
      2 * (y * z - x * w),
      2 * (x * z - y * w),
      2 * (y * z + x * w),
      1 - 2 * (x * x + y * y),
    ],
    t,
  )
}

/** Angle of the rotation between the rotation parts of `a` and `b`, radians. */
export function rotationAngle(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let trace = 0
  for (let i = 0; i < 3; i++)
    for (let k = 0; k < 3; k++) trace += (a[i * 4 + k] ?? 0) * (b[i * 4 + k] ?? 0)
  return Math.acos(Math.max(-1, Math.min(1, (trace - 1) / 2)))
}

/** 3-vector helpers: dot and cross products, difference, scaling, length, unit vector. */
export const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
export const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
export const norm = (a: Vec3) => Math.hypot(a[0], a[1], a[2])
/** `a` scaled to unit length (zero stays zero). */
export const normalize = (a: Vec3): Vec3 => scale(a, 1 / (norm(a) || 1))
