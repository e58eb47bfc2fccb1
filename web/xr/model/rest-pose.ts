import type { Object3D, Quaternion, Vector3 } from 'three'

export type RestPose = { position: Vector3; quaternion: Quaternion }

const poses = new WeakMap<Object3D, RestPose>()

/**
 * The node's pose before any annotation moved it, captured the first time it is asked for. A
 * motion annotation animates the node itself, so whoever needs the rest pose later (the studio's
 * motion gizmo) reads it here rather than from the node mid-animation.
 */
export function restPose(node: Object3D): RestPose {
  let pose = poses.get(node)
  if (!pose) {
    pose = { position: node.position.clone(), quaternion: node.quaternion.clone() }
    poses.set(node, pose)
  }
  return pose
}
