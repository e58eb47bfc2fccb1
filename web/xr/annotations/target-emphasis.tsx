import { useLayoutEffect } from 'react'
import {
  BackSide,
  Box3,
  Color,
  GreaterDepth,
  type Material,
  Mesh,
  MeshBasicMaterial,
  type MeshStandardMaterial,
  type Object3D,
  Vector3,
} from 'three'
import { accentColors } from './accent'

type Props = {
  root: Object3D
  node: Object3D
  /** Tint the target itself (not when the step's own annotation already colours it). */
  tint: boolean
  color?: string | undefined
}

/** How far the rest of the product is washed towards this grey: present, but not competing. */
const QUIET = new Color(0.78, 0.79, 0.8)
const QUIET_AMOUNT = 0.6

function isStandard(m: Material): m is MeshStandardMaterial {
  return 'isMeshStandardMaterial' in m && m.isMeshStandardMaterial === true
}

/** Applies `change` to clones of a mesh's standard materials; returns the undo. */
function restyle(mesh: Mesh, change: (m: MeshStandardMaterial) => void): () => void {
  const original = mesh.material
  const list = Array.isArray(original) ? original : [original]
  if (!list.some(isStandard)) return () => {}
  const clones = list.map((m) => {
    if (!isStandard(m)) return m
    const c = m.clone()
    change(c)
    return c
  })
  mesh.material = Array.isArray(original) ? clones : (clones[0] as Material)
  return () => {
    mesh.material = original
    for (const c of clones) if (!list.includes(c)) c.dispose()
  }
}

/**
 * An outline that stays the same width whatever the light or the animation: the part's own
 * geometry drawn again, back faces only, pushed out along its normals, in the accent colour. Only
 * its rim shows around the part. It never takes a ray (picking and the agent's pointer go through).
 */
function outline(mesh: Mesh, width: number, color: Color): () => void {
  const material = new MeshBasicMaterial({ color, side: BackSide })
  material.onBeforeCompile = (shader) => {
    shader.uniforms.outlineWidth = { value: width }
    shader.vertexShader = `uniform float outlineWidth;\n${shader.vertexShader}`.replace(
      '#include <begin_vertex>',
      'vec3 transformed = position + normalize(normal) * outlineWidth;',
    )
  }
  const hull = new Mesh(mesh.geometry, material)
  hull.name = 'fixpoint-target-outline'
  hull.userData.fixpointEmphasis = true
  hull.raycast = () => {}
  mesh.add(hull)
  return () => {
    mesh.remove(hull)
    material.dispose()
  }
}

/**
 * The part where something stands in front of it, seen through: its geometry again, drawn only
 * where it is behind what is already drawn (depth "greater"), half see-through in the accent. A
 * part inside the product (a print carriage under its cover) still shows where it is.
 */
function xray(mesh: Mesh, color: Color): () => void {
  const material = new MeshBasicMaterial({
    color,
    transparent: true,
    opacity: 0.55,
    depthWrite: false,
    depthFunc: GreaterDepth,
  })
  const ghost = new Mesh(mesh.geometry, material)
  ghost.name = 'fixpoint-target-xray'
  ghost.userData.fixpointEmphasis = true
  ghost.renderOrder = 3
  ghost.raycast = () => {}
  mesh.add(ghost)
  return () => {
    mesh.remove(ghost)
    material.dispose()
  }
}

/**
 * Makes a step's target unmistakable in every frame, whatever its annotation does: an accent
 * outline around the part, a steady accent glow on it, and the rest of the product washed quieter.
 * Only the product's own (standard) materials change, on clones; annotation meshes are left alone,
 * and everything is restored when the step or the model changes.
 */
export function TargetEmphasis({ root, node, tint, color }: Props) {
  useLayoutEffect(() => {
    const { accent } = accentColors()
    const glow = color ? new Color(color) : accent
    root.updateWorldMatrix(true, true)
    const inTarget = new Set<Object3D>()
    node.traverse((o) => inTarget.add(o))
    const rootScale = root.getWorldScale(new Vector3()).x || 1
    const meshes: Mesh[] = []
    root.traverse((o) => {
      if (o instanceof Mesh && !o.userData.fixpointEmphasis) meshes.push(o)
    })
    // The outline's width in the product's units: ~1% of its size, between 2 and 8 mm. The size
    // is the product's own meshes' (standard materials), not the annotations portalled into root.
    const box = new Box3()
    for (const m of meshes) {
      const list = Array.isArray(m.material) ? m.material : [m.material]
      if (list.some(isStandard)) box.expandByObject(m)
    }
    const size = box.isEmpty() ? 0 : box.getSize(new Vector3()).length() / rootScale
    const width = Math.min(0.008, Math.max(0.002, size * 0.012))
    const undo: (() => void)[] = []
    for (const mesh of meshes) {
      if (inTarget.has(mesh)) {
        const meshScale = mesh.getWorldScale(new Vector3()).x / rootScale || 1
        undo.push(outline(mesh, width / meshScale, accent))
        undo.push(xray(mesh, accent))
        if (tint)
          undo.push(
            restyle(mesh, (m) => {
              m.emissive = glow.clone()
              m.emissiveIntensity = 0.45
            }),
          )
      } else
        undo.push(
          restyle(mesh, (m) => {
            m.color.lerp(QUIET, QUIET_AMOUNT)
            m.emissiveIntensity *= 0.3
          }),
        )
    }
    return () => {
      for (const u of undo.reverse()) u()
    }
  }, [root, node, tint, color])
  return null
}
