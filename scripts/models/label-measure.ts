/**
 * Measures the printed QR symbol on a GLB's `label` node the way a camera would see it: the
 * textured face's plane, the texture's UV mapping onto it, and the dark module grid inside the
 * texture's quiet zone. Everything in model space (the node's world transform applied), metres.
 */
import type { Document, Primitive } from '@gltf-transform/core'
import { PNG } from 'pngjs'

type Vec3 = [number, number, number]

export type MeasuredLabel = {
  /** Centre of the QR symbol's module grid. */
  center: Vec3
  /** Unit normal of the textured face (counter-clockwise front). */
  normal: Vec3
  /** Unit direction towards the symbol's top edge (the texture's top, −v). */
  up: Vec3
  /** Side of the module grid along the texture's rows and columns, millimetres. */
  widthMm: number
  heightMm: number
  /** True when the texture reads mirrored from the front of the face. */
  mirrored: boolean
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const length = (a: Vec3) => Math.hypot(a[0], a[1], a[2])
const unit = (a: Vec3): Vec3 => scale(a, 1 / length(a))

/** Angle between two directions, degrees. */
export function angleDeg(a: Vec3, b: Vec3): number {
  const c = dot(unit(a), unit(b))
  return (Math.acos(Math.max(-1, Math.min(1, c))) * 180) / Math.PI
}

/** Distance between two points, millimetres. */
export function distanceMm(a: Vec3, b: Vec3): number {
  return length(sub(a, b)) * 1000
}

type Triangle = { p: [Vec3, Vec3, Vec3]; t: [number, number][] }

function transformPoint(m: ArrayLike<number>, [x, y, z]: Vec3): Vec3 {
  const e = (i: number) => m[i] ?? 0
  return [
    e(0) * x + e(4) * y + e(8) * z + e(12),
    e(1) * x + e(5) * y + e(9) * z + e(13),
    e(2) * x + e(6) * y + e(10) * z + e(14),
  ]
}

function triangles(prim: Primitive, world: ArrayLike<number>): Triangle[] {
  const pos = prim.getAttribute('POSITION')
  const uv = prim.getAttribute('TEXCOORD_0')
  if (!pos || !uv) return []
  const count = pos.getCount()
  const index = prim.getIndices()
  const order = index
    ? Array.from({ length: index.getCount() }, (_, i) => index.getScalar(i))
    : Array.from({ length: count }, (_, i) => i)
  const out: Triangle[] = []
  for (let i = 0; i + 2 < order.length; i += 3) {
    const ids = [order[i] ?? 0, order[i + 1] ?? 0, order[i + 2] ?? 0]
    const p = ids.map((k) => transformPoint(world, pos.getElement(k, [0, 0, 0]) as Vec3))
    const t = ids.map((k) => uv.getElement(k, [0, 0]) as [number, number])
    out.push({ p: p as [Vec3, Vec3, Vec3], t })
  }
  return out
}

/** Bounding box of the dark pixels (the module grid), in pixels, or null for a blank image. */
function darkBox(png: Uint8Array) {
  const image = PNG.sync.read(Buffer.from(png))
  let [x0, y0, x1, y1] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, -1, -1]
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const i = (y * image.width + x) * 4
      const grey = ((image.data[i] ?? 0) + (image.data[i + 1] ?? 0) + (image.data[i + 2] ?? 0)) / 3
      if (grey >= 128) continue
      x0 = Math.min(x0, x)
      y0 = Math.min(y0, y)
      x1 = Math.max(x1, x + 1)
      y1 = Math.max(y1, y + 1)
    }
  if (x1 < 0) return null
  return { x0, y0, x1, y1, width: image.width, height: image.height }
}

/**
 * The QR symbol on the `label` node of `doc`, or a sentence saying why there is none to measure
 * (no such node, no textured face, a face that is not flat, a texture with no symbol).
 */
export function measureLabelFace(doc: Document): MeasuredLabel | string {
  const node = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === 'label')
  if (!node) return 'no node "label" in model.glb'
  const world = node.getWorldMatrix()
  const textured = (node.getMesh()?.listPrimitives() ?? []).filter(
    (p) => p.getAttribute('TEXCOORD_0') && p.getMaterial()?.getBaseColorTexture()?.getImage(),
  )
  const first = textured[0]
  const image = first?.getMaterial()?.getBaseColorTexture()?.getImage()
  if (!first || !image) return 'the "label" node in model.glb has no textured face'
  const tris = textured.flatMap((p) => triangles(p, world))
  const area = (tri: Triangle) => length(cross(sub(tri.p[1], tri.p[0]), sub(tri.p[2], tri.p[0])))
  const largest = tris.reduce<Triangle | undefined>(
    (best, tri) => (!best || area(tri) > area(best) ? tri : best),
    undefined,
  )
  if (!largest || area(largest) === 0) return 'the "label" node in model.glb has no textured face'
  const [p0, p1, p2] = largest.p
  const normal = unit(cross(sub(p1, p0), sub(p2, p0)))
  // Flat: every vertex within 0.1 mm of the largest triangle's plane.
  for (const tri of tris)
    for (const p of tri.p)
      if (Math.abs(dot(sub(p, p0), normal)) > 1e-4)
        return 'the textured face of the "label" node in model.glb is not flat'

  // The affine map from UV to model space over the largest triangle: P = p0 + Pu·Δu + Pv·Δv.
  const [t0, t1, t2] = largest.t as [[number, number], [number, number], [number, number]]
  const [du1, dv1, du2, dv2] = [t1[0] - t0[0], t1[1] - t0[1], t2[0] - t0[0], t2[1] - t0[1]]
  const det = du1 * dv2 - du2 * dv1
  if (Math.abs(det) < 1e-12)
    return 'the "label" face in model.glb has degenerate texture coordinates'
  const e1 = sub(p1, p0)
  const e2 = sub(p2, p0)
  const pu = scale(sub(scale(e1, dv2), scale(e2, dv1)), 1 / det)
  const pv = scale(sub(scale(e2, du1), scale(e1, du2)), 1 / det)
  const at = (u: number, v: number) => add(p0, add(scale(pu, u - t0[0]), scale(pv, v - t0[1])))

  const box = darkBox(image)
  if (!box) return 'the "label" texture in model.glb has no QR symbol (no dark pixels)'
  const u0 = box.x0 / box.width
  const u1 = box.x1 / box.width
  const v0 = box.y0 / box.height
  const v1 = box.y1 / box.height
  const up = unit(scale(pv, -1))
  return {
    center: at((u0 + u1) / 2, (v0 + v1) / 2),
    normal,
    up,
    widthMm: length(pu) * (u1 - u0) * 1000,
    heightMm: length(pv) * (v1 - v0) * 1000,
    mirrored: dot(cross(unit(pu), up), normal) < 0,
  }
}
