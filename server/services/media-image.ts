import sharp, { type OutputInfo, type Sharp } from 'sharp'
import {
  MEDIA_IMAGE_FORMATS,
  type MediaImageFormat,
  renditionName,
  renditionWidths,
} from '../domain/step-media'
import { HttpError } from '../errors'

/** Beyond any camera (200 MP sensors bin to 50 MP); a larger picture is a decompression bomb. */
const MAX_INPUT_PIXELS = 120_000_000
const TYPE: Record<MediaImageFormat, string> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpeg: 'image/jpeg',
}

export type MediaFile = { name: string; type: string; bytes: Uint8Array }
export type Renditions = { files: MediaFile[]; widths: number[]; width: number; height: number }

function encode(img: Sharp, format: MediaImageFormat) {
  // AVIF at a low effort: the smallest files for a second or so of one core per photo.
  if (format === 'avif') return img.avif({ quality: 50, effort: 2 })
  if (format === 'webp') return img.webp({ quality: 75, effort: 4 })
  return img.jpeg({ quality: 80, mozjpeg: true, progressive: true })
}

function unreadable(err: unknown, heic: boolean): HttpError {
  const why = err instanceof Error ? err.message : String(err)
  if (heic)
    return new HttpError(
      415,
      'unsupported_media_type',
      'This photo is in HEIC format, which this server cannot read. Export it as JPEG (or choose it from the gallery in a browser that converts it) and upload it again.',
    )
  return new HttpError(
    422,
    'invalid_image',
    /pixel limit/i.test(why)
      ? 'This picture has too many pixels (more than 120 million). Upload a smaller one.'
      : 'This picture is damaged or incomplete and cannot be read. Upload another one.',
  )
}

/**
 * Decodes an author's photo once (orientation from its EXIF applied, metadata dropped) and keeps it
 * at each width of `renditionWidths` (never wider than it came) in AVIF, WebP and JPEG, for
 * `<picture>` with `srcset`. Fails as an HttpError the route answers with.
 */
export async function imageRenditions(bytes: Uint8Array, heic = false): Promise<Renditions> {
  let base: { data: Buffer; info: OutputInfo }
  try {
    base = await sharp(bytes, { failOn: 'warning', limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .raw()
      .toBuffer({ resolveWithObject: true })
  } catch (err) {
    throw unreadable(err, heic)
  }
  const { width, height, channels } = base.info
  const widths = renditionWidths(width)
  const raw = { raw: { width, height, channels } }
  const files: MediaFile[] = []
  let top = { width, height }
  for (const w of widths)
    for (const format of MEDIA_IMAGE_FORMATS) {
      const img = encode(sharp(base.data, raw).resize({ width: w }), format)
      const { data, info } = await img.toBuffer({ resolveWithObject: true })
      files.push({
        name: renditionName(w, format),
        type: TYPE[format],
        bytes: new Uint8Array(data),
      })
      top = { width: info.width, height: info.height }
    }
  return { files, widths, ...top }
}

/**
 * A video's poster frame, drawn by the studio from the video itself: checked like a photo and kept
 * as a JPEG at most 1280 pixels wide.
 */
export async function posterImage(bytes: Uint8Array) {
  try {
    const { data, info } = await sharp(bytes, {
      failOn: 'warning',
      limitInputPixels: MAX_INPUT_PIXELS,
    })
      .resize({ width: 1280, height: 1280, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#000000' })
      .jpeg({ quality: 80, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { bytes: new Uint8Array(data), width: info.width, height: info.height }
  } catch (err) {
    throw unreadable(err, false)
  }
}
