import { type Object3D, PropertyBinding } from 'three'

/**
 * Maps a hit object up to the part it belongs to: the nearest ancestor (itself included) whose name
 * is one of the product's part nodes. GLTFLoader sanitizes node names, so both forms are matched.
 * Without any parts defined, the nearest named ancestor below the root counts.
 */
export function createPartResolver(root: Object3D, partNodes: readonly string[]) {
  const byName = new Map<string, string>()
  for (const node of partNodes) {
    byName.set(node, node)
    byName.set(PropertyBinding.sanitizeNodeName(node), node)
  }
  return (hit: Object3D): string | null => {
    for (let o: Object3D | null = hit; o && o !== root; o = o.parent) {
      if (byName.size === 0 ? o.name !== '' : byName.has(o.name))
        return byName.get(o.name) ?? o.name
    }
    return null
  }
}
