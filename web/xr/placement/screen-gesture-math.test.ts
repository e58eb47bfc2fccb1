import { describe, expect, it } from 'vitest'
import { isTap, startGesture, updateGesture } from './screen-gesture-math'

describe('the phone overlay gestures', () => {
  it('reads two fingers turning clockwise on the screen as a positive twist', () => {
    let g = startGesture(null, 1, 100, 300, 0)
    g = startGesture(g, 2, 200, 300, 0)
    // The right finger goes down, the left one up: the line turns clockwise (y points down).
    const a = updateGesture(g, 2, 150 + 50 * Math.cos(0.3), 300 + 50 * Math.sin(0.3))
    const b = updateGesture(g, 1, 150 - 50 * Math.cos(0.3), 300 - 50 * Math.sin(0.3))
    expect(a).toBeGreaterThan(0)
    expect(a + b).toBeCloseTo(0.3, 5)
  })

  it('sees no twist in a pinch, and none with one finger', () => {
    let g = startGesture(null, 1, 140, 300, 0)
    g = startGesture(g, 2, 160, 300, 0)
    expect(updateGesture(g, 1, 60, 300) + updateGesture(g, 2, 240, 300)).toBe(0)
    const one = startGesture(null, 3, 0, 0, 0)
    expect(updateGesture(one, 3, 80, 40)).toBe(0)
  })

  it('tells a tap from a drag, a twist and a long press', () => {
    const tap = startGesture(null, 1, 10, 10, 0)
    updateGesture(tap, 1, 13, 14)
    expect(isTap(tap, 150)).toBe(true)
    expect(isTap(tap, 900)).toBe(false)
    const drag = startGesture(null, 1, 10, 10, 0)
    updateGesture(drag, 1, 40, 10)
    expect(isTap(drag, 150)).toBe(false)
    const two = startGesture(startGesture(null, 1, 10, 10, 0), 2, 50, 10, 0)
    expect(isTap(two, 150)).toBe(false)
  })
})
