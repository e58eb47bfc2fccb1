import { describe, expect, it } from 'vitest'
import { fitRegion, greySize } from './grey-readback'

describe('greySize', () => {
  it('keeps 1280 on the longer side and a width that is a multiple of 4', () => {
    expect(greySize(1920, 1080)).toEqual({ width: 1280, height: 720 })
    expect(greySize(640, 480)).toEqual({ width: 640, height: 480 })
    expect(greySize(1002, 500).width % 4).toBe(0)
  })
  it('refuses an empty camera image', () => {
    expect(() => greySize(0, 720)).toThrow(/bad camera image size/)
  })
})

describe('fitRegion', () => {
  const frame = { width: 1280, height: 720 }

  it('widens a region to a multiple of 4 and keeps it where it was', () => {
    expect(fitRegion({ x: 100.5, y: 50.2, width: 201, height: 99.5 }, frame)).toEqual({
      x: 100,
      y: 50,
      width: 204,
      height: 100,
    })
  })

  it('clamps a region that runs off the frame', () => {
    const r = fitRegion({ x: -40, y: 600, width: 200, height: 300 }, frame)
    expect(r).toEqual({ x: 0, y: 600, width: 160, height: 120 })
    const right = fitRegion({ x: 1200, y: 0, width: 200, height: 10 }, frame)
    expect(right).toEqual({ x: 1200, y: 0, width: 80, height: 10 })
  })

  it('never reaches past the right edge when widened', () => {
    const r = fitRegion({ x: 1275, y: 0, width: 5, height: 10 }, frame)
    expect(r).not.toBeNull()
    if (!r) return
    expect(r.x + r.width).toBeLessThanOrEqual(frame.width)
    expect(r.width % 4).toBe(0)
  })

  it('gives null for a region wholly outside the frame', () => {
    expect(fitRegion({ x: 2000, y: 0, width: 100, height: 100 }, frame)).toBeNull()
    expect(fitRegion({ x: 0, y: 800, width: 100, height: 100 }, frame)).toBeNull()
  })
})
