import { PNG } from 'pngjs'

/**
 * Small real images for the snapshot checks. The WebP and JPEG files were written by libwebp and
 * libjpeg (through sharp) as 33×21 magenta pictures; the PNGs are made here with pngjs.
 */
const b64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'))

export const WEBP_LOSSY = b64(
  'UklGRkwAAABXRUJQVlA4IEAAAACwAwCdASohABUAPm02l0ikIqIhJWgAgA2JZwB2APwA/AAAYZmBYAD+6Wkf//aWQhXX/Qa//++gFuc/f8VAAAAA',
)
export const WEBP_LOSSLESS = b64('UklGRhwAAABXRUJQVlA4TBAAAAAvIAAFAAcQ/e9//wMR0f8A')
export const WEBP_EXTENDED = b64(
  'UklGRnAAAABXRUJQVlA4WAoAAAAQAAAAIAAAFAAAQUxQSAoAAAABB1DAiAhERP8DVlA4IEAAAACwAwCdASohABUAPm02l0ikIqIhJWgAgA2JZwB2APwA/AAAYZmBYAD+6Wkf//aWQhXX/Qa//++gFuc/f8VAAAAA',
)
export const JPEG_BASELINE = b64(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAVACEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAAf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAAsC9AAAAAAAAAAP/2Q==',
)
export const JPEG_PROGRESSIVE = b64(
  '/9j/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wgARCAAVACEDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAX/xAAVAQEBAAAAAAAAAAAAAAAAAAAABv/aAAwDAQACEAMQAAABniwvQAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAADD/2gAIAQEAAQUCf//EABQRAQAAAAAAAAAAAAAAAAAAACD/2gAIAQMBAT8BX//EABQRAQAAAAAAAAAAAAAAAAAAACD/2gAIAQIBAT8BX//EABQQAQAAAAAAAAAAAAAAAAAAADD/2gAIAQEABj8Cf//EABQQAQAAAAAAAAAAAAAAAAAAADD/2gAIAQEAAT8hf//aAAwDAQACAAMAAAAQ888888//xAAUEQEAAAAAAAAAAAAAAAAAAAAg/9oACAEDAQE/EF//xAAUEQEAAAAAAAAAAAAAAAAAAAAg/9oACAECAQE/EF//xAAUEAEAAAAAAAAAAAAAAAAAAAAw/9oACAEBAAE/EH//2Q==',
)

/** A PNG of `width`×`height`: one colour, or noise (which does not compress, for size limits). */
export function pngImage(width: number, height: number, fill: 'magenta' | 'noise' = 'magenta') {
  const png = new PNG({ width, height })
  let seed = 1
  for (let i = 0; i < png.data.length; i += 4) {
    if (fill === 'noise') {
      for (let k = 0; k < 3; k++) {
        seed = (seed * 1103515245 + 12345) >>> 0
        png.data[i + k] = seed >>> 24
      }
    } else {
      png.data[i] = 255
      png.data[i + 1] = 0
      png.data[i + 2] = 255
    }
    png.data[i + 3] = 255
  }
  return new Uint8Array(PNG.sync.write(png))
}
