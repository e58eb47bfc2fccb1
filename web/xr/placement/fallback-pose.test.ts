import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { fallbackPosition, yawFacing } from './fallback-pose'

describe('fallback placement without hit-test', () => {
  it('goes 1 m ahead on the horizontal, at table height below the eyes', () => {
    const p = fallbackPosition(new Vector3(0, 1.6, 0), new Vector3(0, -0.5, -1), new Vector3())
    expect(p.x).toBeCloseTo(0)
    expect(p.y).toBeCloseTo(0.8)
    expect(p.z).toBeCloseTo(-1)
  })

  it('never goes under the floor and copes with a viewer looking straight down', () => {
    const p = fallbackPosition(new Vector3(1, 0.5, 2), new Vector3(0, -1, 0), new Vector3())
    expect(p.y).toBe(0)
    expect(p.distanceTo(new Vector3(1, 0, 2))).toBeCloseTo(1)
  })

  it('turns the twin to face the viewer', () => {
    expect(yawFacing(new Vector3(0, 0, -1), new Vector3(0, 1.6, 0))).toBeCloseTo(0)
    expect(yawFacing(new Vector3(0, 0, 0), new Vector3(-1, 0, 0))).toBeCloseTo(-Math.PI / 2)
  })
})
