import { Vector3 } from 'three'
import type { Finger, PlacementFrame } from './placement-frame'
import { rayOnLevel } from './ray-on-level'

/**
 * Frames a tap waits for the surface under the finger (its hit test may land a frame after the
 * lift reaches the page) before the twin goes to the reticle instead.
 */
export const TAP_WAIT_FRAMES = 3

/** A finger touched the screen: the last one's surface and grab are forgotten. */
export function touchDown(finger: Finger): void {
  finger.down = true
  finger.tap = 0
  finger.hit.valid = false
  finger.grab.valid = false
}

/** The finger lifted, or a second one turned the gesture into a twist: it drags no more. */
export function touchUp(frame: PlacementFrame, tap: boolean): void {
  frame.finger.down = false
  frame.dragging = false
  if (tap) frame.finger.tap = TAP_WAIT_FRAMES
}

const point = new Vector3()

/**
 * Moves the twin with the finger along the level it stands on: the point the finger touched
 * stays under the finger (its offset from the twin is taken at the first frame of the touch),
 * and the twin neither climbs onto what the finger passes over (the real product itself) nor
 * leaves its surface. Only while `frame.dragging`; the grab is taken as soon as the finger is down.
 */
export function followFinger(frame: PlacementFrame): void {
  const { finger, twin } = frame
  if (!finger.down || !finger.ray.valid) return
  const level = twin.position.y
  if (!rayOnLevel(finger.ray.origin, finger.ray.direction, level, point)) return
  if (!finger.grab.valid) {
    finger.grab.offset.subVectors(twin.position, point).setY(0)
    finger.grab.valid = true
  }
  if (!frame.dragging) return
  twin.position.set(point.x + finger.grab.offset.x, level, point.z + finger.grab.offset.z)
}
