import { z } from 'zod'
import { MEDIA_IMAGE_FORMATS, MEDIA_VIDEO_TYPES } from './media-files'

/**
 * A step's photos and short videos. Authors upload them in the studio; the server checks them by
 * their own bytes, keeps each image in several widths and formats and each video with a poster
 * frame, and serves them at `/api/media/<id>/<file>`. Entries written before uploads existed
 * (`{ url, alt }`, a picture somewhere else) stay valid as `link` entries. The file names and URLs of
 * renditions live in media-files.ts (no zod: the customer's guide uses them) and are re-exported here.
 */
export {
  MEDIA_IMAGE_FORMATS,
  MEDIA_VIDEO_TYPES,
  MEDIA_WIDTHS,
  type MediaImageFormat,
  type MediaVideoType,
  mediaFileUrl,
  renditionName,
  renditionWidths,
  srcSet,
} from './media-files'

/** Photos and videos on one step: enough to show it, few enough to load on a phone. */
export const MEDIA_MAX_PER_STEP = 8

const unit = z.number().finite().min(0).max(1)

/** A marked region of a photo: a rectangle in 0..1 of the photo's width and height, from its top left. */
export const MediaRegionSchema = z
  .object({ x: unit, y: unit, w: unit.positive(), h: unit.positive() })
  .refine((r) => r.x + r.w <= 1.000001 && r.y + r.h <= 1.000001, {
    message: 'the region must lie inside the photo',
  })
  .describe('A rectangle in fractions (0..1) of the photo, x and y from its top left corner')
export type MediaRegion = z.infer<typeof MediaRegionSchema>

const mediaId = z.uuid().describe('Id of the uploaded media (served at /api/media/<id>/<file>)')
const size = z.number().int().min(1).max(20000)

/** An uploaded photo as the server keeps it, before the author describes it. */
export const UploadedImageSchema = z.object({
  kind: z.literal('image'),
  id: mediaId,
  url: z.string().min(1).describe('The widest JPEG, for clients that read only `url`'),
  width: size.describe('Width of the widest rendition in pixels'),
  height: size.describe('Height of the widest rendition in pixels'),
  widths: z.array(size).min(1).max(8).describe('Rendition widths, narrowest first'),
  formats: z.array(z.enum(MEDIA_IMAGE_FORMATS)).min(1).describe('Formats of every rendition'),
})

/** An uploaded video: MP4 or WebM as sent, with a JPEG poster frame when the studio made one. */
export const UploadedVideoSchema = z.object({
  kind: z.literal('video'),
  id: mediaId,
  url: z.string().min(1),
  type: z.enum(MEDIA_VIDEO_TYPES),
  poster: z.string().min(1).optional().describe('A still of the video (JPEG)'),
  width: size.optional(),
  height: size.optional(),
})

/** The answer to an upload: the entry to put in a step (it still needs its alt text). */
export const MediaUploadedSchema = z.object({
  media: z.discriminatedUnion('kind', [UploadedImageSchema, UploadedVideoSchema]),
})
export type UploadedMedia = z.infer<typeof MediaUploadedSchema>['media']

const alt = z
  .string()
  .trim()
  .min(1, 'describe the photo for people who cannot see it')
  .max(300)
  .describe('What the photo shows, for screen readers and when it cannot load')

export const StepImageSchema = UploadedImageSchema.extend({
  alt,
  region: MediaRegionSchema.optional().describe('Marked on the photo as an outline'),
})
export const StepVideoSchema = UploadedVideoSchema.extend({
  caption: z
    .string()
    .trim()
    .max(300)
    .default('')
    .describe('What the video shows: under it, and its name for screen readers'),
})
/** A picture elsewhere, by URL (the format's first media entries). */
export const StepLinkSchema = z.object({
  kind: z.literal('link').optional(),
  url: z.string().min(1),
  alt: z.string().default(''),
})

export const StepMediaSchema = z.discriminatedUnion('kind', [
  StepImageSchema,
  StepVideoSchema,
  StepLinkSchema,
])
export type StepMedia = z.infer<typeof StepMediaSchema>
export type StepImage = z.infer<typeof StepImageSchema>
export type StepVideo = z.infer<typeof StepVideoSchema>
