import { describe, expect, it } from 'vitest'
import { sniffMedia } from './media-sniff'
import { StepSchema } from './procedure'
import { renditionWidths, StepMediaSchema, srcSet } from './step-media'

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)),
  )
const ID = '0b7c2d5e-8f1a-4b3c-9d2e-1f0a2b3c4d5e'

describe('step media', () => {
  it('keeps the format’s first entries valid: { url, alt } is a link', () => {
    const step = StepSchema.parse({
      id: 'a',
      title: 'A',
      target: { node: 'n' },
      annotation: { type: 'pulse' },
      media: [{ url: 'https://example.com/a.jpg' }],
    })
    expect(step.media).toEqual([{ url: 'https://example.com/a.jpg', alt: '' }])
  })

  it('wants alt text on a photo and a region inside it', () => {
    const image = {
      kind: 'image',
      id: ID,
      url: `/api/media/${ID}/1280.jpg`,
      alt: 'The filter',
      width: 1280,
      height: 960,
      widths: [320, 640, 1280],
      formats: ['avif', 'webp', 'jpeg'],
    }
    expect(StepMediaSchema.safeParse(image).success).toBe(true)
    const noAlt = StepMediaSchema.safeParse({ ...image, alt: ' ' })
    expect(noAlt.error?.issues.map((i) => i.path.join('.'))).toEqual(['alt'])
    const outside = { x: 0.8, y: 0.1, w: 0.3, h: 0.2 }
    expect(StepMediaSchema.safeParse({ ...image, region: outside }).success).toBe(false)
    expect(srcSet({ id: ID, widths: [320, 640, 1280] }, 'webp')).toBe(
      [320, 640, 1280].map((w) => `/api/media/${ID}/${w}.webp ${w}w`).join(', '),
    )
  })

  it('keeps widths up to the photo’s own, never wider', () => {
    expect(renditionWidths(4032)).toEqual([320, 640, 1280])
    expect(renditionWidths(800)).toEqual([320, 640, 800])
    expect(renditionWidths(640)).toEqual([320, 640])
    expect(renditionWidths(200)).toEqual([200])
  })

  it('tells uploads apart by their bytes', () => {
    expect(sniffMedia(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      kind: 'image',
      type: 'image/jpeg',
    })
    expect(sniffMedia(bytes([0, 0, 0, 0x20], 'ftypisom'))).toEqual({
      kind: 'video',
      type: 'video/mp4',
    })
    expect(sniffMedia(bytes([0, 0, 0, 0x20], 'ftypavif'))).toEqual({
      kind: 'image',
      type: 'image/avif',
    })
    expect(sniffMedia(bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84], 'webm'))).toEqual({
      kind: 'video',
      type: 'video/webm',
    })
    expect(sniffMedia(bytes('II*', [0]))).toEqual({ kind: 'refused', what: 'tiff' })
    expect(sniffMedia(bytes([0x7f], 'ELF'))).toEqual({ kind: 'refused', what: 'program' })
    expect(sniffMedia(bytes('MZ', [0x90, 0]))).toEqual({ kind: 'refused', what: 'program' })
    expect(sniffMedia(bytes('hello'))).toEqual({ kind: 'refused', what: 'unknown' })
  })
})
