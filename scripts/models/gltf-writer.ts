import { Document, type Document as GltfDocument, NodeIO } from '@gltf-transform/core'
import type { LabelPose } from '../../server/domain/product'
import type { Geometry, Vec3 } from './geometry'

/** A PBR material; colours are sRGB hex as designers write them, converted to linear for glTF. */
export type MaterialSpec = {
  color: string
  metallic?: number
  roughness?: number
  emissive?: string
  /** Below 1: blended, for see-through plastics such as a water tank. */
  opacity?: number
  /** A PNG used as base colour texture (sampled with nearest filtering, for crisp codes). */
  texture?: Uint8Array
}

export type Shape = { geometry: Geometry; material: string }

/**
 * A node of the model. `at` is the node's pivot relative to its parent, so parts that move in a
 * procedure turn about their hinge; `rotation` is XYZ Euler in degrees.
 */
export type PartSpec = {
  name: string
  at?: Vec3
  rotation?: Vec3
  shapes?: Shape[]
  children?: PartSpec[]
}

/** Shorthand for one shape of a part. */
export function shape(material: string, geometry: Geometry): Shape {
  return { geometry, material }
}

export type ModelSpec = {
  id: string
  materials: Record<string, MaterialSpec>
  root: PartSpec
  /** The printed QR label's pose the `label` node was built from (the same as in product.json). */
  label?: LabelPose
}

// Sampler filters (WebGL enums): codes stay crisp up close and smooth far away.
const GL_NEAREST = 9728
const GL_LINEAR_MIPMAP_LINEAR = 9987

function srgbToLinear(channel: number): number {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

function hexToLinear(hex: string): Vec3 {
  const n = Number.parseInt(hex.replace('#', ''), 16)
  return [srgbToLinear((n >> 16) & 255), srgbToLinear((n >> 8) & 255), srgbToLinear(n & 255)]
}

function eulerDegToQuat([x, y, z]: Vec3): [number, number, number, number] {
  const r = Math.PI / 360
  const [c1, c2, c3] = [Math.cos(x * r), Math.cos(y * r), Math.cos(z * r)]
  const [s1, s2, s3] = [Math.sin(x * r), Math.sin(y * r), Math.sin(z * r)]
  return [
    s1 * c2 * c3 + c1 * s2 * s3,
    c1 * s2 * c3 - s1 * c2 * s3,
    c1 * c2 * s3 + s1 * s2 * c3,
    c1 * c2 * c3 - s1 * s2 * s3,
  ]
}

function createMaterials(doc: GltfDocument, specs: Record<string, MaterialSpec>) {
  const materials = new Map<string, ReturnType<GltfDocument['createMaterial']>>()
  for (const [name, spec] of Object.entries(specs)) {
    const m = doc
      .createMaterial(name)
      .setBaseColorFactor([...hexToLinear(spec.color), spec.opacity ?? 1])
      .setMetallicFactor(spec.metallic ?? 0)
      .setRoughnessFactor(spec.roughness ?? 0.6)
    if (spec.opacity !== undefined && spec.opacity < 1) m.setAlphaMode('BLEND').setDoubleSided(true)
    if (spec.emissive) m.setEmissiveFactor(hexToLinear(spec.emissive))
    if (spec.texture) {
      const texture = doc
        .createTexture(`${name}-texture`)
        .setImage(spec.texture)
        .setMimeType('image/png')
      m.setBaseColorTexture(texture)
      m.getBaseColorTextureInfo()?.setMagFilter(GL_NEAREST).setMinFilter(GL_LINEAR_MIPMAP_LINEAR)
    }
    materials.set(name, m)
  }
  return materials
}

/** Builds the glTF document for a model spec: one scene, one buffer, nodes in spec order. */
export function createModelDocument(spec: ModelSpec): GltfDocument {
  const doc = new Document()
  const buffer = doc.createBuffer()
  const materials = createMaterials(doc, spec.materials)
  const names = new Set<string>()

  const addNode = (part: PartSpec) => {
    if (names.has(part.name)) throw new Error(`${spec.id}: duplicate node name "${part.name}"`)
    names.add(part.name)
    const node = doc.createNode(part.name).setTranslation(part.at ?? [0, 0, 0])
    if (part.rotation) node.setRotation(eulerDegToQuat(part.rotation))
    if (part.shapes?.length) {
      const mesh = doc.createMesh(part.name)
      for (const shape of part.shapes) {
        const material = materials.get(shape.material)
        if (!material) throw new Error(`${spec.id}/${part.name}: no material "${shape.material}"`)
        const g = shape.geometry
        const accessor = (type: 'VEC2' | 'VEC3', array: Float32Array) =>
          doc.createAccessor().setType(type).setArray(array).setBuffer(buffer)
        const prim = doc
          .createPrimitive()
          .setAttribute('POSITION', accessor('VEC3', new Float32Array(g.positions)))
          .setAttribute('NORMAL', accessor('VEC3', new Float32Array(g.normals)))
          .setIndices(doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(g.indices)))
          .setMaterial(material)
        prim.getIndices()?.setBuffer(buffer)
        // UVs only where a texture reads them; the validator flags unused ones.
        if (material.getBaseColorTexture())
          prim.setAttribute('TEXCOORD_0', accessor('VEC2', new Float32Array(g.uvs)))
        mesh.addPrimitive(prim)
      }
      node.setMesh(mesh)
    }
    for (const child of part.children ?? []) node.addChild(addNode(child))
    return node
  }

  doc.createScene(spec.id).addChild(addNode(spec.root))
  doc.getRoot().setDefaultScene(doc.getRoot().listScenes()[0] ?? null)
  doc.getRoot().getAsset().generator = 'Fixpoint scripts/models'
  return doc
}

/** The model as GLB bytes. Same spec in, same bytes out. */
export async function writeModelGlb(spec: ModelSpec): Promise<Uint8Array> {
  return new NodeIO().writeBinary(createModelDocument(spec))
}
