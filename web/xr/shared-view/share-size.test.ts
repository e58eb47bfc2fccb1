import { describe, expect, it } from 'vitest'
import { shareSize } from './view-share'

describe('shareSize: the shared AR view is sent within 720p', () => {
  it('keeps a view that fits, and its aspect when it scales one down', () => {
    expect(shareSize(480, 360)).toEqual({ width: 480, height: 360 })
    expect(shareSize(1920, 1080)).toEqual({ width: 1280, height: 720 })
    // A phone held upright: the long side to 1280, the short one well under 720.
    expect(shareSize(1080, 2400)).toEqual({ width: 576, height: 1280 })
    // A near-square headset eye: the short side decides.
    expect(shareSize(2064, 2208)).toEqual({ width: 720, height: 770 })
  })

  it('gives even sizes no larger than the view (the picture is drawn inside it)', () => {
    const { width, height } = shareSize(481, 361)
    expect([width % 2, height % 2]).toEqual([0, 0])
    expect(width).toBeLessThanOrEqual(481)
    expect(height).toBeLessThanOrEqual(361)
  })
})
