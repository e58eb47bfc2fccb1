import { Box3, type Object3D, PropertyBinding, Vector3 } from 'three'

/**
 * The node a step targets, by its glTF name. GLTFLoader sanitizes names for animation bindings
 * (spaces, dots, brackets become underscores), so the sanitized form is tried too.
 */
export function findNode(root: Object3D, name: string): Object3D | undefined {
  return root.getObjectByName(name) ?? root.getObjectByName(PropertyBinding.sanitizeNodeName(name))
}

/** The node's bounding box in `root`'s own space (where annotations portalled into root live). */
export function boxInRoot(root: Object3D, node: Object3D): Box3 {
  root.updateWorldMatrix(true, true)
  const box = new Box3().setFromObject(node)
  if (box.isEmpty()) box.setFromCenterAndSize(node.getWorldPosition(new Vector3()), new Vector3())
  return box.applyMatrix4(root.matrixWorld.clone().invert())
}
