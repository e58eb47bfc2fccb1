/**
 * Where an uploaded step photo's renditions are served and what they are called: plain functions
 * and constants, no zod, so the customer's guide can build `srcset`s without the schemas of
 * step-media.ts (which re-exports all of this).
 */
export const MEDIA_WIDTHS = [320, 640, 1280] as const
export const MEDIA_IMAGE_FORMATS = ['avif', 'webp', 'jpeg'] as const
export type MediaImageFormat = (typeof MEDIA_IMAGE_FORMATS)[number]
export const MEDIA_VIDEO_TYPES = ['video/mp4', 'video/webm'] as const
export type MediaVideoType = (typeof MEDIA_VIDEO_TYPES)[number]

const EXT: Record<MediaImageFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' }

/** The file name of one rendition: `640.webp`. */
export const renditionName = (width: number, format: MediaImageFormat) => `${width}.${EXT[format]}`
/** Where a media file is served. */
export const mediaFileUrl = (id: string, file: string) => `/api/media/${id}/${file}`

/** `srcset` for one format of an uploaded image: every width it was kept at. */
export function srcSet(image: { id: string; widths: readonly number[] }, format: MediaImageFormat) {
  return image.widths
    .map((w) => `${mediaFileUrl(image.id, renditionName(w, format))} ${w}w`)
    .join(', ')
}

/** The widths to keep of a photo `width` pixels wide: MEDIA_WIDTHS below it, and it capped; never wider. */
export function renditionWidths(width: number): number[] {
  const top = Math.min(width, MEDIA_WIDTHS[2])
  return [...MEDIA_WIDTHS.filter((w) => w < top), top]
}
