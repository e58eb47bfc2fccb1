import { Vector3 } from 'three'

/** Height below the viewer's eyes at which a table top usually is. */
const TABLE_BELOW_EYES = 0.8
const AHEAD = 1

const flat = new Vector3()

/**
 * Where the twin goes when the device cannot find surfaces (no hit-test): 1 m ahead of the viewer
 * on the horizontal, at table height below the eyes but never under the floor (y = 0 in
 * `local-floor` space). Writes into `target` and returns it.
 */
export function fallbackPosition(viewer: Vector3, forward: Vector3, target: Vector3): Vector3 {
  flat.set(forward.x, 0, forward.z)
  if (flat.lengthSq() < 1e-6) flat.set(0, 0, -1)
  flat.normalize().multiplyScalar(AHEAD)
  return target.set(viewer.x + flat.x, Math.max(0, viewer.y - TABLE_BELOW_EYES), viewer.z + flat.z)
}

/** The turn about the up axis that makes the twin's front (+Z) face the viewer. */
export function yawFacing(from: Vector3, viewer: Vector3): number {
  return Math.atan2(viewer.x - from.x, viewer.z - from.z)
}
