import sharp from 'sharp'
import { PHOTO_INPUT_TYPES, PHOTO_MAX_SIDE, sniffPhotoType } from '../domain/photo'
import { HttpError } from '../errors'

/** Beyond any phone camera (200 MP sensors bin to 50 MP); a larger picture is a decompression bomb. */
const MAX_INPUT_PIXELS = 120_000_000
const QUALITY = 85

export type CleanPhoto = { image: Uint8Array; width: number; height: number }

/**
 * Decodes a customer's picture and encodes it again as a JPEG: orientation applied from its EXIF,
 * then every piece of metadata (EXIF, GPS, XMP, IPTC, ICC) left behind, scaled to fit
 * PHOTO_MAX_SIDE. The type comes from the bytes; a broken or truncated file fails here
 * (`failOn: 'warning'`), as an HttpError the route answers with.
 */
export async function cleanPhoto(bytes: Uint8Array): Promise<CleanPhoto> {
  const type = sniffPhotoType(bytes)
  if (type === 'image/heic')
    throw new HttpError(
      415,
      'unsupported_media_type',
      'This photo is in HEIC format, which we cannot read. Choose it again from the gallery (the browser converts it) or take a new one.',
    )
  if (!type)
    throw new HttpError(
      415,
      'unsupported_media_type',
      `That file is not a picture. Send a photo (${PHOTO_INPUT_TYPES.map((t) => t.slice(6).toUpperCase()).join(', ')}).`,
    )
  try {
    const { data, info } = await sharp(bytes, {
      failOn: 'warning',
      limitInputPixels: MAX_INPUT_PIXELS,
      animated: false,
    })
      .autoOrient()
      .resize({
        width: PHOTO_MAX_SIDE,
        height: PHOTO_MAX_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true })
    return { image: new Uint8Array(data), width: info.width, height: info.height }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err)
    throw new HttpError(
      422,
      'invalid_image',
      /pixel limit/i.test(why)
        ? 'This picture has too many pixels. Take a new photo or choose a smaller one.'
        : 'This picture is damaged or incomplete and cannot be read. Take a new photo or choose another one.',
    )
  }
}
