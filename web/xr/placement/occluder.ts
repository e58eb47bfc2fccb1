import { type Material, Mesh, MeshBasicMaterial, type Object3D } from 'three'

const originals = new WeakMap<Mesh, Material | Material[]>()
/** Writes depth, draws no colour: the real product shows through, and hides what is behind it. */
const depthOnly = new MeshBasicMaterial({ colorWrite: false })
depthOnly.name = 'occluder'

function isUnder(object: Object3D, ancestor: Object3D | null): boolean {
  for (let o: Object3D | null = object; o && ancestor; o = o.parent) if (o === ancestor) return true
  return false
}

/**
 * Draws every mesh under `root` as an occluder (depth only) except those under `keep`, the step's
 * target part, when `on`; gives them back their own materials otherwise. On the real product the
 * twin is then invisible, yet annotations on parts hidden behind the real body are hidden too, and
 * only the target shows. Called every frame: it touches only meshes whose state differs, and
 * decides by the material a mesh wears now, so an annotation that swaps the target's material (the
 * highlight) in between is left alone.
 */
export function setOccluder(root: Object3D, keep: Object3D | null, on: boolean): void {
  root.traverse((object) => {
    if (!(object instanceof Mesh)) return
    const hide = on && !isUnder(object, keep)
    const occluded = object.material === depthOnly
    if (hide && !occluded) {
      if (!originals.has(object)) originals.set(object, object.material)
      object.material = depthOnly
      // Occluders first, so what is drawn after them is depth-tested against the body.
      object.renderOrder = -1
    } else if (!hide && occluded) {
      object.material = originals.get(object) ?? object.material
      object.renderOrder = 0
      originals.delete(object)
    }
  })
}
