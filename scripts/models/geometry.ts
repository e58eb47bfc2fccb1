/**
 * Tiny mesh generators for the sample catalog: boxes, cylinders and quads with normals and UVs,
 * counter-clockwise front faces, in metres. Each returns plain arrays; `gltf-writer.ts` packs them.
 */

export type Vec3 = [number, number, number]

export type Geometry = {
  positions: number[]
  normals: number[]
  uvs: number[]
  indices: number[]
}

export type Axis = 'x' | 'y' | 'z'

/** A face direction, for quads and the axis a cylinder runs along. */
export type Facing = '+x' | '-x' | '+y' | '-y' | '+z' | '-z'

function empty(): Geometry {
  return { positions: [], normals: [], uvs: [], indices: [] }
}

/** Adds one quad spanned by half-axes u and v around c; u × v is its normal. */
function pushQuad(g: Geometry, c: Vec3, u: Vec3, v: Vec3, n: Vec3): void {
  const base = g.positions.length / 3
  const corners: [number, number][] = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ]
  for (const [a, b] of corners) {
    g.positions.push(
      c[0] + a * u[0] + b * v[0],
      c[1] + a * u[1] + b * v[1],
      c[2] + a * u[2] + b * v[2],
    )
    g.normals.push(...n)
    // glTF UVs start at the image's top-left corner.
    g.uvs.push((a + 1) / 2, (1 - b) / 2)
  }
  g.indices.push(base, base + 1, base + 2, base, base + 2, base + 3)
}

/** An axis-aligned box of the given size (metres) centred on `center`. */
export function box(size: Vec3, center: Vec3 = [0, 0, 0]): Geometry {
  const g = empty()
  const [hx, hy, hz] = [size[0] / 2, size[1] / 2, size[2] / 2]
  const [cx, cy, cz] = center
  pushQuad(g, [cx + hx, cy, cz], [0, 0, -hz], [0, hy, 0], [1, 0, 0])
  pushQuad(g, [cx - hx, cy, cz], [0, 0, hz], [0, hy, 0], [-1, 0, 0])
  pushQuad(g, [cx, cy + hy, cz], [hx, 0, 0], [0, 0, -hz], [0, 1, 0])
  pushQuad(g, [cx, cy - hy, cz], [hx, 0, 0], [0, 0, hz], [0, -1, 0])
  pushQuad(g, [cx, cy, cz + hz], [hx, 0, 0], [0, hy, 0], [0, 0, 1])
  pushQuad(g, [cx, cy, cz - hz], [-hx, 0, 0], [0, hy, 0], [0, 0, -1])
  return g
}

/**
 * A flat rectangle facing `facing`, centred on `center`. The texture reads upright when seen from
 * the front; on a top face (+y) the image's top edge points away from the front (-z).
 */
export function quad(width: number, height: number, center: Vec3, facing: Facing): Geometry {
  const g = empty()
  pushQuad(g, [0, 0, 0], [width / 2, 0, 0], [0, height / 2, 0], [0, 0, 1])
  return translate(rotateFromZ(g, facing), center)
}

/**
 * A square of side `side` centred on `center` in the plane facing `normal` (unit), oriented so the
 * texture's top edge points along `up` (unit, perpendicular to `normal`) and reads unmirrored from
 * the front: the texture's left-to-right runs along up × normal.
 */
export function orientedSquare(side: number, center: Vec3, normal: Vec3, up: Vec3): Geometry {
  const g = empty()
  const h = side / 2
  const right: Vec3 = [
    up[1] * normal[2] - up[2] * normal[1],
    up[2] * normal[0] - up[0] * normal[2],
    up[0] * normal[1] - up[1] * normal[0],
  ]
  const scale = (v: Vec3): Vec3 => [v[0] * h, v[1] * h, v[2] * h]
  pushQuad(g, center, scale(right), scale(up), normal)
  return g
}

/** A closed cylinder of `segments` sides along `axis`, centred on `center`. */
export function cylinder(
  radius: number,
  length: number,
  options: { center?: Vec3; axis?: Axis; segments?: number } = {},
): Geometry {
  const { center = [0, 0, 0], axis = 'y', segments = 24 } = options
  const g = empty()
  const h = length / 2
  for (let i = 0; i <= segments; i++) {
    const t = (2 * Math.PI * i) / segments
    const [s, c] = [Math.sin(t), Math.cos(t)]
    g.positions.push(radius * s, -h, radius * c, radius * s, h, radius * c)
    g.normals.push(s, 0, c, s, 0, c)
    g.uvs.push(i / segments, 1, i / segments, 0)
  }
  for (let i = 0; i < segments; i++) {
    const [b0, t0, b1, t1] = [2 * i, 2 * i + 1, 2 * i + 2, 2 * i + 3]
    g.indices.push(b0, b1, t1, b0, t1, t0)
  }
  for (const y of [h, -h]) {
    const centre = g.positions.length / 3
    const ny = y > 0 ? 1 : -1
    g.positions.push(0, y, 0)
    g.normals.push(0, ny, 0)
    g.uvs.push(0.5, 0.5)
    for (let i = 0; i <= segments; i++) {
      const t = (2 * Math.PI * i) / segments
      g.positions.push(radius * Math.sin(t), y, radius * Math.cos(t))
      g.normals.push(0, ny, 0)
      g.uvs.push(0.5 + Math.sin(t) / 2, 0.5 - Math.cos(t) / 2)
    }
    for (let i = 0; i < segments; i++) {
      const [a, b] = [centre + 1 + i, centre + 2 + i]
      if (ny > 0) g.indices.push(centre, a, b)
      else g.indices.push(centre, b, a)
    }
  }
  const along: Record<Axis, Facing> = { x: '+x', y: '+y', z: '+z' }
  return translate(rotateFromY(g, along[axis]), center)
}

type Rotation = (p: Vec3) => Vec3

/** Proper rotations (no mirroring), so winding and normals stay consistent. */
const FROM_Z: Record<Facing, Rotation> = {
  '+z': ([x, y, z]) => [x, y, z],
  '-z': ([x, y, z]) => [-x, y, -z],
  '+x': ([x, y, z]) => [z, y, -x],
  '-x': ([x, y, z]) => [-z, y, x],
  '+y': ([x, y, z]) => [x, z, -y],
  '-y': ([x, y, z]) => [x, -z, y],
}

const FROM_Y: Record<Facing, Rotation> = {
  '+y': ([x, y, z]) => [x, y, z],
  '-y': ([x, y, z]) => [-x, -y, z],
  '+x': ([x, y, z]) => [y, -x, z],
  '-x': ([x, y, z]) => [-y, x, z],
  '+z': ([x, y, z]) => [x, -z, y],
  '-z': ([x, y, z]) => [x, z, -y],
}

function mapTriples(values: number[], f: Rotation): number[] {
  const out: number[] = []
  for (let i = 0; i < values.length; i += 3) {
    out.push(...f([values[i] ?? 0, values[i + 1] ?? 0, values[i + 2] ?? 0]))
  }
  return out
}

function rotate(g: Geometry, f: Rotation): Geometry {
  return { ...g, positions: mapTriples(g.positions, f), normals: mapTriples(g.normals, f) }
}

function rotateFromZ(g: Geometry, facing: Facing): Geometry {
  return rotate(g, FROM_Z[facing])
}

function rotateFromY(g: Geometry, facing: Facing): Geometry {
  return rotate(g, FROM_Y[facing])
}

/** Moves every vertex by `offset`. */
export function translate(g: Geometry, offset: Vec3): Geometry {
  return {
    ...g,
    positions: mapTriples(g.positions, ([x, y, z]) => [
      x + offset[0],
      y + offset[1],
      z + offset[2],
    ]),
  }
}
