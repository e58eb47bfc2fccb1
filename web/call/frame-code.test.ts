import { describe, expect, it } from 'vitest'
import {
  CODE_BLOCK,
  CODE_COLUMNS,
  CODE_HEIGHT,
  CODE_PERIOD,
  CODE_WIDTH,
  frameCode,
  readFrameCode,
} from './frame-code'

/** A picture of `width` × `height` with the code of `n` drawn as the composer's shader draws it. */
function picture(n: number, width: number, height: number) {
  const code = frameCode(n)
  return (x: number, y: number) => {
    const px = Math.floor(x)
    const py = Math.floor(y)
    if (px < 0 || py < 0 || px >= width || py >= height) return 0
    if (px >= CODE_WIDTH || py < height - CODE_HEIGHT) return 90
    const column = Math.floor(px / CODE_BLOCK)
    const row = Math.floor((py - (height - CODE_HEIGHT)) / CODE_BLOCK)
    return (code >> (row * CODE_COLUMNS + column)) & 1 ? 255 : 0
  }
}

describe('frame code: the frame number drawn in the corner of the shared view', () => {
  it('reads back every number it writes, modulo its period', () => {
    for (const n of [1, 2, 255, 256, 4097, 65535, 65536, 65537, 123_456])
      expect(readFrameCode(picture(n, 480, 360), 360)).toBe(n % CODE_PERIOD)
  })

  it('a black or a white picture is no frame', () => {
    expect(readFrameCode(() => 0, 360)).toBeNull()
    expect(readFrameCode(() => 255, 360)).toBeNull()
  })

  it('one block read wrong fails the check instead of naming another frame', () => {
    const good = picture(4242, 480, 360)
    for (let i = 0; i < CODE_COLUMNS * 2; i++) {
      const bx = (i % CODE_COLUMNS) * CODE_BLOCK
      const by = 360 - CODE_HEIGHT + Math.floor(i / CODE_COLUMNS) * CODE_BLOCK
      const flipped = (x: number, y: number) =>
        x >= bx && x < bx + CODE_BLOCK && y >= by && y < by + CODE_BLOCK
          ? 255 - good(x, y)
          : good(x, y)
      expect(readFrameCode(flipped, 360)).toBeNull()
    }
  })

  it('survives the codec softening the block edges', () => {
    const sharp = picture(777, 640, 360)
    // A 3 × 3 box blur, about what a video codec does to hard edges at call bitrates.
    const soft = (x: number, y: number) => {
      let sum = 0
      for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) sum += sharp(x + dx, y + dy)
      return sum / 9
    }
    expect(readFrameCode(soft, 360)).toBe(777)
  })
})
