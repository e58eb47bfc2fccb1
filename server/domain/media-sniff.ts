import { sniffPhotoType } from './photo'
import type { MediaVideoType } from './step-media'

const at = (b: Uint8Array, i: number) => b[i] ?? -1
const ascii = (b: Uint8Array, from: number, text: string) =>
  [...text].every((ch, i) => at(b, from + i) === ch.charCodeAt(0))
const contains = (b: Uint8Array, text: string, within: number) => {
  for (let i = 0; i < Math.min(within, b.length); i++) if (ascii(b, i, text)) return true
  return false
}

export type SniffedMedia =
  | { kind: 'image'; type: 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif' | 'image/heic' }
  | { kind: 'video'; type: MediaVideoType }
  | { kind: 'refused'; what: 'tiff' | 'program' | 'unknown' }

const VIDEO_BRANDS = [
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'dash',
]

/**
 * What an upload is, from its magic numbers (never from its name or declared type): a picture, an
 * MP4 or WebM video, or something refused (TIFF, a program, anything else).
 */
export function sniffMedia(b: Uint8Array): SniffedMedia {
  const photo = sniffPhotoType(b)
  if (photo) return { kind: 'image', type: photo }
  if (ascii(b, 4, 'ftyp') && VIDEO_BRANDS.some((brand) => ascii(b, 8, brand)))
    return { kind: 'video', type: 'video/mp4' }
  if ([0x1a, 0x45, 0xdf, 0xa3].every((v, i) => at(b, i) === v) && contains(b, 'webm', 64))
    return { kind: 'video', type: 'video/webm' }
  if (ascii(b, 0, 'II*\0') || ascii(b, 0, 'MM\0*')) return { kind: 'refused', what: 'tiff' }
  if (ascii(b, 0, '\x7fELF') || ascii(b, 0, 'MZ') || ascii(b, 0, '#!'))
    return { kind: 'refused', what: 'program' }
  const macho = [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe]
  const magic = ((at(b, 0) << 24) | (at(b, 1) << 16) | (at(b, 2) << 8) | at(b, 3)) >>> 0
  if (macho.includes(magic)) return { kind: 'refused', what: 'program' }
  return { kind: 'refused', what: 'unknown' }
}
