import { Vector3 } from 'three'

/** How the twin was first put down: on a surface the device found, or in front of the viewer. */
export type PlacementMethod = 'hit-test' | 'fallback'

/**
 * Everything about placement that changes every frame, kept out of React state: where the
 * reticle's ray meets a surface, the twin's pose while it is aligned, and whether a drag is on.
 * One object per AR session, mutated in `useFrame` and read there.
 */
export type PlacementFrame = {
  /** The surface point under the reticle this frame, when there is one. */
  hit: { valid: boolean; position: Vector3 }
  /** Where a placement without a surface would go: 1 m ahead of the viewer, table height. */
  fallback: Vector3
  /** The twin's pose before it is anchored: position on the surface and turn about the up axis. */
  twin: { position: Vector3; yaw: number }
  /** A controller or finger is moving the twin along the surface. */
  dragging: boolean
  /** The viewer's position and horizontal forward and right directions, from the last frame. */
  viewer: { position: Vector3; forward: Vector3; right: Vector3 }
  /** A lock waiting for the next XR frame to create its anchor in (anchors need a live frame). */
  anchorRequest: ((anchor: XRAnchor | null) => void) | null
  /** How many rays point at the in-scene panel; its buttons, not the room, take their selects. */
  overPanel: number
}

export function createPlacementFrame(): PlacementFrame {
  return {
    hit: { valid: false, position: new Vector3() },
    fallback: new Vector3(0, 0.8, -1),
    twin: { position: new Vector3(), yaw: 0 },
    dragging: false,
    viewer: {
      position: new Vector3(0, 1.6, 0),
      forward: new Vector3(0, 0, -1),
      right: new Vector3(1, 0, 0),
    },
    overPanel: 0,
    anchorRequest: null,
  }
}

/** The point the twin goes to now: the surface hit if there is one, else the fallback. */
export function placementTarget(frame: PlacementFrame): {
  position: Vector3
  method: PlacementMethod
} {
  return frame.hit.valid
    ? { position: frame.hit.position, method: 'hit-test' }
    : { position: frame.fallback, method: 'fallback' }
}
