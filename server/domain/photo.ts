import * as z from 'zod/mini'
import { PHOTO_MAX_SIDE } from './photo-limits'

/**
 * Photo evidence: pictures the customer adds at "Is it fixed?" or while asking for help, from the
 * camera or the gallery. The server re-encodes every one (EXIF and location gone, orientation
 * applied) and keeps it with the repair session; the agent sees them in the escalation's context and
 * authors next to the step in analytics. zod/mini: the customer's guide parses these.
 */
export const PHOTO_STAGES = ['outcome', 'help'] as const
export const PhotoStageSchema = z.enum(PHOTO_STAGES)
export type PhotoStage = z.infer<typeof PhotoStageSchema>

export { PHOTO_MAX_BYTES, PHOTO_MAX_PER_SESSION, PHOTO_MAX_SIDE } from './photo-limits'
/** The picture formats accepted, told apart by their own bytes. */
export const PHOTO_INPUT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
export type PhotoInputType = (typeof PHOTO_INPUT_TYPES)[number]

/** `POST /api/sessions/:id/photos?stage=…&stepId=…` (the picture itself is the raw body). */
export const PhotoUploadQuerySchema = z.object({
  stage: PhotoStageSchema,
  stepId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
})
export type PhotoUploadQuery = z.infer<typeof PhotoUploadQuerySchema>

/** A stored photo as the API lists it; the image is fetched on its own. Always a JPEG. */
export const PhotoSchema = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  stage: PhotoStageSchema,
  /** The step the customer was on when they added it (null if it was not one of the procedure's). */
  stepId: z.nullable(z.string()),
  version: z.int().check(z.minimum(1)),
  type: z.literal('image/jpeg'),
  width: z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_SIDE)),
  height: z.int().check(z.minimum(1), z.maximum(PHOTO_MAX_SIDE)),
  size: z.int().check(z.minimum(1)),
  createdAt: z.iso.datetime({ offset: true }),
})
export type Photo = z.infer<typeof PhotoSchema>

export const PhotoCreatedSchema = z.object({ photo: PhotoSchema })
export const PhotoListSchema = z.object({ photos: z.array(PhotoSchema) })

/** `GET /api/studio/procedures/:id/photos?version=…` */
export const PhotoAnalyticsQuerySchema = z.object({
  version: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
})

const at = (b: Uint8Array, i: number) => b[i] ?? -1
const ascii = (b: Uint8Array, from: number, text: string) =>
  [...text].every((ch, i) => at(b, from + i) === ch.charCodeAt(0))

/**
 * What kind of picture the bytes are, from their magic numbers (never from what the sender
 * claims): one of PHOTO_INPUT_TYPES, `image/heic` (an iPhone's own format, which we cannot decode),
 * or null for anything else. Whether the picture is whole is for the decoder to say.
 */
export function sniffPhotoType(b: Uint8Array): PhotoInputType | 'image/heic' | null {
  if (at(b, 0) === 0xff && at(b, 1) === 0xd8 && at(b, 2) === 0xff) return 'image/jpeg'
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => at(b, i) === v))
    return 'image/png'
  if (ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')) return 'image/webp'
  if (ascii(b, 4, 'ftyp')) {
    if (ascii(b, 8, 'avif') || ascii(b, 8, 'avis')) return 'image/avif'
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].some((s) => ascii(b, 8, s)))
      return 'image/heic'
  }
  return null
}
