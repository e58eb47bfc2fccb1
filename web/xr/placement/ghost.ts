import { type Material, Mesh, type Object3D } from 'three'

const originals = new WeakMap<Mesh, Material | Material[]>()

function ghostOf(material: Material): Material {
  const ghost = material.clone()
  ghost.transparent = true
  ghost.opacity = 0.45
  ghost.depthWrite = false
  return ghost
}

/**
 * Shows every mesh under `root` as a see-through ghost (`on`) or restores its own materials, so
 * the customer sees the real product through the twin while aligning it. Returns how many meshes
 * were looked at, so a caller can notice a model that finished loading later.
 */
export function setGhost(root: Object3D, on: boolean): number {
  let meshes = 0
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return
    meshes += 1
    const original = originals.get(object)
    if (on && !original) {
      originals.set(object, object.material)
      object.material = Array.isArray(object.material)
        ? object.material.map(ghostOf)
        : ghostOf(object.material)
    } else if (!on && original) {
      const ghosts: Material[] = Array.isArray(object.material)
        ? object.material
        : [object.material]
      for (const ghost of ghosts) ghost.dispose()
      object.material = original
      originals.delete(object)
    }
  })
  return meshes
}
