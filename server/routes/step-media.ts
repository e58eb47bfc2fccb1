import type { Context, Next } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { sniffMedia } from '../domain/media-sniff'
import { IdSchema } from '../domain/procedure'
import { MediaUploadedSchema, mediaFileUrl, renditionName } from '../domain/step-media'
import { errorBody, fail } from '../errors'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import { addMedia, getMedia, putMediaFile } from '../services/step-media'
import { getStudioProcedure } from '../services/studio'
import { validate } from '../validate'

/** The upload paths, which have their own body limits instead of the API's 1 MB one. */
export const MEDIA_UPLOAD_PATH = /^\/api\/studio\/procedures\/[^/]+\/media(\/[^/]+\/poster)?$/

const MB = 1024 * 1024
const ACCEPTED = 'a photo (JPEG, PNG, WebP, AVIF) or a video (MP4, WebM)'

/** The larger of the two limits bounds the body; each kind's own limit is checked once it is known. */
function mediaLimit(c: Context<AppEnv>, next: Next) {
  const { MEDIA_IMAGE_MAX_MB, MEDIA_VIDEO_MAX_MB } = c.var.deps.env
  return bodyLimit({
    maxSize: Math.max(MEDIA_IMAGE_MAX_MB, MEDIA_VIDEO_MAX_MB) * MB,
    onError: (c) =>
      c.json(
        errorBody(
          'payload_too_large',
          `This file is too large: photos up to ${MEDIA_IMAGE_MAX_MB} MB, videos up to ${MEDIA_VIDEO_MAX_MB} MB.`,
        ),
        413,
      ),
  })(c, next)
}

const REFUSED = {
  tiff: 'TIFF pictures are not accepted. Save the photo as JPEG, PNG or WebP and upload it again.',
  program: `This file is a program, not ${ACCEPTED}, whatever its name says.`,
  unknown: `This file is not ${ACCEPTED}.`,
} as const

const ProcParam = z.object({ id: IdSchema })
const PosterParam = z.object({ id: IdSchema, mediaId: z.uuid() })

/**
 * Authors: `POST /api/studio/procedures/:id/media` takes a photo or a video as the raw body (any
 * content type: the bytes say what it is). A photo is kept at up to three widths in AVIF, WebP and
 * JPEG; a video as sent. The answer is the entry to put in a step. `PUT …/media/:mediaId/poster`
 * adds a video's poster frame (a picture the studio drew from the video).
 */
export const studioMediaRoutes = new Hono<AppEnv>()
  .use('*', studioAccess)
  .post(
    '/:id/media',
    doc(
      'studio',
      'Upload a photo or video for a step',
      { 201: json(MediaUploadedSchema) },
      { body: 'application/octet-stream' },
    ),
    validate('param', ProcParam),
    mediaLimit,
    async (c) => {
      const { db, env } = c.var.deps
      const procedureId = c.req.valid('param').id
      if (!(await getStudioProcedure(db, procedureId)))
        return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      if (bytes.byteLength === 0) return fail(c, 400, 'empty_upload', 'The file is empty.')
      const sniffed = sniffMedia(bytes)
      if (sniffed.kind === 'refused')
        return fail(c, 415, 'unsupported_media_type', REFUSED[sniffed.what])
      const limit = sniffed.kind === 'image' ? env.MEDIA_IMAGE_MAX_MB : env.MEDIA_VIDEO_MAX_MB
      if (bytes.byteLength > limit * MB)
        return fail(
          c,
          413,
          'payload_too_large',
          `This ${sniffed.kind === 'image' ? 'photo' : 'video'} is ${(bytes.byteLength / MB).toFixed(1)} MB; the most is ${limit} MB.`,
        )
      const base = {
        procedureId,
        originalType: sniffed.type,
        originalSize: bytes.byteLength,
        createdBy: c.var.user?.id ?? null,
      }
      if (sniffed.kind === 'video') {
        const file = { name: `video.${sniffed.type.slice(6)}`, type: sniffed.type, bytes }
        const id = await addMedia(db, { ...base, kind: 'video', width: null, height: null }, [file])
        const out = {
          kind: 'video' as const,
          id,
          url: mediaFileUrl(id, file.name),
          type: sniffed.type,
        }
        return c.json({ media: out }, 201)
      }
      // sharp (libvips) loads with the first picture, not at start.
      const { imageRenditions } = await import('../services/media-image')
      const r = await imageRenditions(bytes, sniffed.type === 'image/heic')
      const id = await addMedia(
        db,
        { ...base, kind: 'image', width: r.width, height: r.height },
        r.files,
      )
      const top = r.widths[r.widths.length - 1] ?? r.width
      const image = {
        kind: 'image' as const,
        id,
        url: mediaFileUrl(id, renditionName(top, 'jpeg')),
        width: r.width,
        height: r.height,
        widths: r.widths,
        formats: ['avif' as const, 'webp' as const, 'jpeg' as const],
      }
      return c.json({ media: image }, 201)
    },
  )
  .put(
    '/:id/media/:mediaId/poster',
    doc(
      'studio',
      "Set a video's poster frame (a picture body)",
      { 200: json(MediaUploadedSchema) },
      { body: 'image/*' },
    ),
    validate('param', PosterParam),
    mediaLimit,
    async (c) => {
      const { db } = c.var.deps
      const { id, mediaId } = c.req.valid('param')
      const row = await getMedia(db, id, mediaId)
      if (row?.kind !== 'video')
        return fail(c, 404, 'media_not_found', 'No video with this id in this procedure.')
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      const sniffed = sniffMedia(bytes)
      if (sniffed.kind !== 'image')
        return fail(c, 415, 'unsupported_media_type', 'A poster is a picture (JPEG, PNG or WebP).')
      const { posterImage } = await import('../services/media-image')
      const poster = await posterImage(bytes)
      await putMediaFile(db, mediaId, {
        name: 'poster.jpg',
        type: 'image/jpeg',
        bytes: poster.bytes,
      })
      const video = {
        kind: 'video' as const,
        id: mediaId,
        url: mediaFileUrl(mediaId, `video.${row.originalType.slice(6)}`),
        type: z.enum(['video/mp4', 'video/webm']).parse(row.originalType),
        poster: mediaFileUrl(mediaId, 'poster.jpg'),
        width: poster.width,
        height: poster.height,
      }
      return c.json({ media: video }, 200)
    },
  )
