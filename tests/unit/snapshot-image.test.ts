import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readImageHeader } from '../../server/domain/snapshot'
import {
  JPEG_BASELINE,
  JPEG_PROGRESSIVE,
  pngImage,
  WEBP_EXTENDED,
  WEBP_LOSSLESS,
  WEBP_LOSSY,
} from '../helpers/image-fixtures'

describe('a snapshot image is known by its own bytes', () => {
  it.each([
    ['lossy WebP', WEBP_LOSSY, 'image/webp'],
    ['lossless WebP', WEBP_LOSSLESS, 'image/webp'],
    ['extended WebP (alpha)', WEBP_EXTENDED, 'image/webp'],
    ['baseline JPEG', JPEG_BASELINE, 'image/jpeg'],
    ['progressive JPEG', JPEG_PROGRESSIVE, 'image/jpeg'],
    ['PNG', pngImage(33, 21), 'image/png'],
  ])('%s: type and size', (_name, bytes, type) => {
    expect(readImageHeader(bytes)).toEqual({ type, width: 33, height: 21 })
  })

  it('a PNG of another size says that size', () => {
    expect(readImageHeader(pngImage(640, 1))).toEqual({ type: 'image/png', width: 640, height: 1 })
  })

  it('text, an empty body, and a cut-short upload are not images', () => {
    const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    expect(readImageHeader(text)).toBeNull()
    expect(readImageHeader(new Uint8Array())).toBeNull()
    for (const whole of [WEBP_LOSSY, JPEG_BASELINE, pngImage(33, 21)])
      expect(readImageHeader(whole.slice(0, whole.length - 5))).toBeNull()
  })

  it('a real header followed by something else is refused', () => {
    // A WebP whose RIFF size does not cover the bytes (a file appended to it).
    const padded = new Uint8Array([...WEBP_LOSSY, ...new TextEncoder().encode('<script>')])
    expect(readImageHeader(padded)).toBeNull()
  })
})

describe('any bytes at all', () => {
  const real = [WEBP_LOSSY, WEBP_LOSSLESS, WEBP_EXTENDED, JPEG_BASELINE, JPEG_PROGRESSIVE]
  it('random bytes, and real images with bytes changed or cut, never throw or hang', () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...real),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(),
      )
      .map(([image, changes, cut]) => {
        const b = image.slice(0, Math.max(1, image.length - (cut % 8)))
        for (const [at, value] of changes) b[at % b.length] = value
        return b
      })
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 512 }), mutated), (bytes) => {
        const header = readImageHeader(bytes)
        if (header) {
          expect(Number.isInteger(header.width)).toBe(true)
          expect(Number.isInteger(header.height)).toBe(true)
        }
      }),
      { numRuns: 3000 },
    )
  })
})
