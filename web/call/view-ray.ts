import type { ViewRay } from '../../server/domain/call-view'

type Mat4 = ArrayLike<number>
type Vec4 = [number, number, number, number]

/** The inverse of a 4×4 column-major matrix (cofactors), or null when it has none. */
export function invert4(m: Mat4): number[] | null {
  const a = (i: number) => m[i] ?? 0
  const [a00, a01, a02, a03] = [a(0), a(1), a(2), a(3)]
  const [a10, a11, a12, a13] = [a(4), a(5), a(6), a(7)]
  const [a20, a21, a22, a23] = [a(8), a(9), a(10), a(11)]
  const [a30, a31, a32, a33] = [a(12), a(13), a(14), a(15)]
  const b00 = a00 * a11 - a01 * a10
  const b01 = a00 * a12 - a02 * a10
  const b02 = a00 * a13 - a03 * a10
  const b03 = a01 * a12 - a02 * a11
  const b04 = a01 * a13 - a03 * a11
  const b05 = a02 * a13 - a03 * a12
  const b06 = a20 * a31 - a21 * a30
  const b07 = a20 * a32 - a22 * a30
  const b08 = a20 * a33 - a23 * a30
  const b09 = a21 * a32 - a22 * a31
  const b10 = a21 * a33 - a23 * a31
  const b11 = a22 * a33 - a23 * a32
  const det = b00 * b11 - b01 * b10 + b02 * b09 + b03 * b08 - b04 * b07 + b05 * b06
  if (!det || !Number.isFinite(det)) return null
  const k = 1 / det
  return [
    (a11 * b11 - a12 * b10 + a13 * b09) * k,
    (a02 * b10 - a01 * b11 - a03 * b09) * k,
    (a31 * b05 - a32 * b04 + a33 * b03) * k,
    (a22 * b04 - a21 * b05 - a23 * b03) * k,
    (a12 * b08 - a10 * b11 - a13 * b07) * k,
    (a00 * b11 - a02 * b08 + a03 * b07) * k,
    (a32 * b02 - a30 * b05 - a33 * b01) * k,
    (a20 * b05 - a22 * b02 + a23 * b01) * k,
    (a10 * b10 - a11 * b08 + a13 * b06) * k,
    (a01 * b08 - a00 * b10 - a03 * b06) * k,
    (a30 * b04 - a31 * b02 + a33 * b00) * k,
    (a21 * b02 - a20 * b04 - a23 * b00) * k,
    (a11 * b07 - a10 * b09 - a12 * b06) * k,
    (a00 * b09 - a01 * b07 + a02 * b06) * k,
    (a31 * b01 - a30 * b03 - a32 * b00) * k,
    (a20 * b03 - a21 * b01 + a22 * b00) * k,
  ]
}

function apply(m: Mat4, v: Vec4): Vec4 {
  const out: Vec4 = [0, 0, 0, 0]
  for (let r = 0; r < 4; r++)
    out[r] =
      (m[r] ?? 0) * v[0] + (m[4 + r] ?? 0) * v[1] + (m[8 + r] ?? 0) * v[2] + (m[12 + r] ?? 0) * v[3]
  return out
}

/**
 * The ray through a point of a view's picture: `x`, `y` in picture coordinates (0..1, x right,
 * y down, as marks are), `projection` the view's projection and `transform` its pose (view →
 * reference space), column-major as WebXR gives them. It starts at the eye, in the reference
 * space, and passes through the point on the near and far planes alike. Null for a projection
 * with no inverse. The agent's console has no three.js for this, hence plain arrays.
 */
export function viewRay(x: number, y: number, projection: Mat4, transform: Mat4): ViewRay | null {
  const inverse = invert4(projection)
  if (!inverse) return null
  const ndcX = x * 2 - 1
  const ndcY = 1 - y * 2
  const near = apply(inverse, [ndcX, ndcY, -1, 1])
  const far = apply(inverse, [ndcX, ndcY, 1, 1])
  const d = [0, 1, 2].map((i) => (far[i] ?? 0) / far[3] - (near[i] ?? 0) / near[3])
  const world = apply(transform, [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, 0])
  const length = Math.hypot(world[0], world[1], world[2])
  if (!(length > 0)) return null
  return {
    origin: [transform[12] ?? 0, transform[13] ?? 0, transform[14] ?? 0],
    direction: [world[0] / length, world[1] / length, world[2] / length],
  }
}
