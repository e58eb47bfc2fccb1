import type { Vector3 } from 'three'

/**
 * Furthest from the camera a finger may put the twin (m): past it the ray is nearly level with
 * the surface, and a hair of finger travel would throw the twin metres away.
 */
export const MAX_REACH = 6

/**
 * Where a ray meets the level plane at height `level` (the surface the twin stands on), written
 * into `target`; null when the ray runs level with it, points away from it or meets it further
 * than `maxDistance` from its origin.
 */
export function rayOnLevel(
  origin: Vector3,
  direction: Vector3,
  level: number,
  target: Vector3,
  maxDistance = MAX_REACH,
): Vector3 | null {
  const length = direction.length()
  if (length === 0 || Math.abs(direction.y / length) < 1e-4) return null
  const t = (level - origin.y) / direction.y
  if (t <= 0 || t * length > maxDistance) return null
  return target.copy(origin).addScaledVector(direction, t)
}
