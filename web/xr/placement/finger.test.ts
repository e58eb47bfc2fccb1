import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { followFinger, touchDown, touchUp } from './finger'
import { createPlacementFrame, type PlacementFrame } from './placement-frame'
import { rayOnLevel } from './ray-on-level'

/** Points the finger's ray from a camera at (0, 1.5, 0) at a point of the room. */
function aim(frame: PlacementFrame, at: [number, number, number]) {
  const origin = new Vector3(0, 1.5, 0)
  frame.finger.ray.origin.copy(origin)
  frame.finger.ray.direction
    .set(...at)
    .sub(origin)
    .normalize()
  frame.finger.ray.valid = true
}

describe('a finger moving the twin on a phone', () => {
  it('keeps the point it touched under the finger, on the level the twin stands on', () => {
    const frame = createPlacementFrame()
    frame.twin.position.set(0.1, 0.75, -0.5)
    touchDown(frame.finger)
    aim(frame, [0.05, 0.75, -0.5]) // touched 5 cm left of the twin's origin
    followFinger(frame)
    expect(frame.twin.position.toArray()).toEqual([0.1, 0.75, -0.5])
    frame.dragging = true
    aim(frame, [0.35, 0.75, -0.8])
    followFinger(frame)
    expect(frame.twin.position.x).toBeCloseTo(0.4)
    expect(frame.twin.position.y).toBeCloseTo(0.75)
    expect(frame.twin.position.z).toBeCloseTo(-0.8)
  })

  it('does not climb onto what the finger passes over', () => {
    const frame = createPlacementFrame()
    frame.twin.position.set(0, 0.75, -0.5)
    touchDown(frame.finger)
    aim(frame, [0, 0.75, -0.5])
    followFinger(frame)
    frame.dragging = true
    // Over a box 20 cm high: the ray is still followed down to the twin's own level.
    aim(frame, [0.1, 0.95, -0.7])
    followFinger(frame)
    expect(frame.twin.position.y).toBeCloseTo(0.75)
    expect(frame.twin.position.z).toBeLessThan(-0.7)
  })

  it('stops with the lift, and a tap asks to be placed', () => {
    const frame = createPlacementFrame()
    touchDown(frame.finger)
    frame.dragging = true
    touchUp(frame, true)
    expect(frame.dragging).toBe(false)
    expect(frame.finger.down).toBe(false)
    expect(frame.finger.tap).toBeGreaterThan(0)
    frame.twin.position.set(1, 0, 1)
    aim(frame, [0, 0, -1])
    followFinger(frame)
    expect(frame.twin.position.toArray()).toEqual([1, 0, 1])
  })
})

describe('a ray on a level', () => {
  const origin = new Vector3(0, 1.5, 0)
  it('meets the level below it ahead', () => {
    const p = rayOnLevel(origin, new Vector3(0, -1, -1), 0.5, new Vector3())
    expect(p?.toArray()).toEqual([0, 0.5, -1])
  })
  it('misses a level it runs along, points away from, or meets too far away', () => {
    expect(rayOnLevel(origin, new Vector3(0, 0, -1), 0.5, new Vector3())).toBeNull()
    expect(rayOnLevel(origin, new Vector3(0, 1, -1), 0.5, new Vector3())).toBeNull()
    expect(rayOnLevel(origin, new Vector3(0, -0.01, -1), 0.5, new Vector3())).toBeNull()
  })
})
