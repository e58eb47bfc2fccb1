import { type Object3D, Quaternion, Vector3 } from 'three'

/**
 * How the twin was put down: by hand on a surface the device found (`hit-test`) or in front of the
 * viewer (`fallback`); on the real product from the label read through the camera (`label`); or
 * from a tap on the label where the camera is not offered (`label-tap`).
 */
export type PlacementMethod = 'hit-test' | 'fallback' | 'label' | 'label-tap'

/**
 * Everything about placement that changes every frame, kept out of React state: where the
 * reticle's ray meets a surface, the twin's pose while it is aligned, and whether a drag is on.
 * One object per AR session, mutated in `useFrame` and read there.
 */
export type PlacementFrame = {
  /** The surface point under the reticle this frame and the surface's normal, when there is one. */
  hit: { valid: boolean; position: Vector3; normal: Vector3 }
  /** Where a placement without a surface would go: 1 m ahead of the viewer, table height. */
  fallback: Vector3
  /**
   * The twin's pose in the session's space: by hand, a point on a surface turned about the up axis;
   * aligned on the label, the product's whole pose. Once anchored, the pose the anchor was made at.
   */
  twin: { position: Vector3; quaternion: Quaternion }
  /** A controller or finger is moving the twin along the surface. */
  dragging: boolean
  /** The finger on a phone's screen, read each frame from its screen input and hit test. */
  finger: Finger
  /** The viewer's position and horizontal forward and right directions, from the last frame. */
  viewer: { position: Vector3; forward: Vector3; right: Vector3 }
  /** A lock waiting for the next XR frame to create its anchor in (anchors need a live frame). */
  anchorRequest: ((anchor: XRAnchor | null) => void) | null
  /** How many rays point at the in-scene panel; its buttons, not the room, take their selects. */
  overPanel: number
  /** The in-scene panel, when one is shown: a select whose ray meets it belongs to its buttons. */
  panel: Object3D | null
}

/**
 * One finger on a phone's screen, from touch to lift. The overlay's gestures say what it does
 * (`down`, `tap`); the scene reads where it points each XR frame (`ray`) and what surface is under
 * it (`hit`), and moves the twin with it.
 */
export type Finger = {
  /** One finger is on the screen (a second one makes the gesture a twist). */
  down: boolean
  /** Frames a tap still waits for the surface under the finger; 0 when there is no tap. */
  tap: number
  /** The finger's target ray this frame: from the camera through the touch point. */
  ray: { valid: boolean; origin: Vector3; direction: Vector3 }
  /** The surface point under the finger, the latest found since it touched. */
  hit: { valid: boolean; position: Vector3 }
  /** Twin minus the finger's point on the twin's level, from the touch on, while it drags. */
  grab: { valid: boolean; offset: Vector3 }
}

export function createPlacementFrame(): PlacementFrame {
  return {
    hit: { valid: false, position: new Vector3(), normal: new Vector3(0, 1, 0) },
    fallback: new Vector3(0, 0.8, -1),
    twin: { position: new Vector3(), quaternion: new Quaternion() },
    dragging: false,
    finger: {
      down: false,
      tap: 0,
      ray: { valid: false, origin: new Vector3(), direction: new Vector3(0, 0, -1) },
      hit: { valid: false, position: new Vector3() },
      grab: { valid: false, offset: new Vector3() },
    },
    viewer: {
      position: new Vector3(0, 1.6, 0),
      forward: new Vector3(0, 0, -1),
      right: new Vector3(1, 0, 0),
    },
    overPanel: 0,
    panel: null,
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

const UP = new Vector3(0, 1, 0)
const turn = new Quaternion()

/** Sets the twin upright, turned by `yaw` radians about the up axis. */
export function setTwinYaw(frame: PlacementFrame, yaw: number): void {
  frame.twin.quaternion.setFromAxisAngle(UP, yaw)
}

/** Turns the twin by `delta` radians about the world's up axis through its origin. */
export function turnTwin(frame: PlacementFrame, delta: number): void {
  frame.twin.quaternion.premultiply(turn.setFromAxisAngle(UP, delta)).normalize()
}
