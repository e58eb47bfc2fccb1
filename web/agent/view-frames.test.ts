import { describe, expect, it } from 'vitest'
import type { ViewFrame } from '../../server/domain/call-view'
import { CODE_PERIOD } from '../call/frame-code'
import { ViewFrames } from './view-frames'

const frame = (n: number): ViewFrame => ({
  type: 'view_frame',
  n,
  t: 1000 + n,
  width: 480,
  height: 360,
  projection: new Array(16).fill(0),
  transform: new Array(16).fill(0),
})

describe('ViewFrames: the shared view’s frames found again by the code in their picture', () => {
  it('finds a frame by its number modulo the code’s period, the latest one for a reused code', () => {
    const frames = new ViewFrames()
    frames.add(frame(7))
    frames.add(frame(CODE_PERIOD + 7))
    expect(frames.get(7)?.n).toBe(CODE_PERIOD + 7)
    expect(frames.latest?.n).toBe(CODE_PERIOD + 7)
    expect(frames.get(8)).toBeNull()
  })

  it('keeps the latest 512 and forgets everything on clear', () => {
    const frames = new ViewFrames()
    for (let n = 1; n <= 600; n++) frames.add(frame(n))
    expect(frames.get(88)).toBeNull()
    expect(frames.get(89)?.n).toBe(89)
    expect(frames.get(600)?.n).toBe(600)
    frames.clear()
    expect(frames.get(600)).toBeNull()
    expect(frames.latest).toBeNull()
  })
})
