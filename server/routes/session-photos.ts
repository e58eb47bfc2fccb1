import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import type { AppEnv } from '../context'
import {
  PHOTO_MAX_BYTES,
  PHOTO_MAX_PER_SESSION,
  PhotoAnalyticsQuerySchema,
  PhotoCreatedSchema,
  PhotoListSchema,
  PhotoUploadQuerySchema,
} from '../domain/photo'
import { IdSchema } from '../domain/procedure'
import { errorBody, fail } from '../errors'
import { type RepairSessionRow, requireSessionToken } from '../middleware/customer'
import { requireRole } from '../middleware/staff'
import { studioAccess } from '../middleware/staff-or-token'
import { BEARER, doc, json, media } from '../openapi/describe'
import { getEscalation, openEscalationOf } from '../services/escalations'
import {
  addPhoto,
  countSessionPhotos,
  listProcedurePhotos,
  listSessionPhotos,
  photoImage,
} from '../services/photos'
import { publishedCache } from '../services/published-cache'
import { getStudioProcedure } from '../services/studio'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })
const PhotoParam = z.object({ id: z.uuid(), photoId: z.uuid() })
const ProcedurePhotoParam = z.object({ id: IdSchema, photoId: z.uuid() })
const MAX_MB = PHOTO_MAX_BYTES / 1024 / 1024

/** The upload path, which has its own body limit instead of the API's 1 MB one. */
export const PHOTO_UPLOAD_PATH = /^\/api\/sessions\/[^/]+\/photos$/

/** Photos never change once stored, and they are one customer's pictures: private. */
function imageResponse(c: Context, row: { type: string; image: Uint8Array }) {
  // A copy in its own ArrayBuffer: node-postgres hands out slices of a shared pool.
  return c.body(new Uint8Array(row.image), 200, {
    'Content-Type': row.type,
    'Content-Length': String(row.image.byteLength),
    'Cache-Control': 'private, max-age=31536000, immutable',
  })
}

type WithSession = AppEnv & { Variables: { session: RepairSessionRow } }

/** A session that has its fill of photos is refused before its next megabytes are read. */
const roomForPhoto = createMiddleware<WithSession>(async (c, next) => {
  if ((await countSessionPhotos(c.var.deps.db, c.var.session.id)) >= PHOTO_MAX_PER_SESSION)
    return c.json(
      errorBody(
        'too_many_photos',
        `This repair already has ${PHOTO_MAX_PER_SESSION} photos, the most it can keep.`,
      ),
      409,
    )
  await next()
})

const photoLimit = bodyLimit({
  maxSize: PHOTO_MAX_BYTES,
  onError: (c) =>
    c.json(
      errorBody(
        'payload_too_large',
        `This photo is larger than ${MAX_MB} MB. Take a new one or choose a smaller one.`,
      ),
      413,
    ),
})

/**
 * The customer's side, with the session's token: `POST /api/sessions/:id/photos?stage=&stepId=`
 * takes the picture as the raw body (any content type: the bytes say what it is), cleans it
 * (photo-image.ts) and stores it; the list and each image are read back here.
 */
export const sessionPhotoRoutes = new Hono<AppEnv>()
  .post(
    '/:id/photos',
    doc(
      'sessions',
      'Add a photo (JPEG, PNG or WebP body)',
      { 201: json(PhotoCreatedSchema) },
      { ...BEARER, body: 'image/*' },
    ),
    validate('param', IdParam),
    requireSessionToken,
    validate('query', PhotoUploadQuerySchema),
    roomForPhoto,
    photoLimit,
    async (c) => {
      const { db } = c.var.deps
      const session = c.var.session
      const query = c.req.valid('query')
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      if (bytes.byteLength === 0) return fail(c, 400, 'empty_upload', 'The photo is empty.')
      // sharp (libvips) loads with the first photo, not at start: ~14 MB a server need not idle with.
      const { cleanPhoto } = await import('../services/photo-image')
      const clean = await cleanPhoto(bytes)
      const published = await publishedCache(db).version(session.procedureId, session.version)
      const steps = published?.procedure.steps ?? []
      const stepId = steps.some((s) => s.id === query.stepId)
        ? (query.stepId ?? null)
        : session.currentStepId
      const photo = await addPhoto(
        db,
        {
          sessionId: session.id,
          procedureId: session.procedureId,
          version: session.version,
          stepId,
          stage: query.stage,
        },
        clean,
      )
      // The agent in a call with this customer sees it at once (their list reads it over HTTP).
      const open = await openEscalationOf(db, session.id)
      if (open?.status === 'active' && open.agentId)
        await c.var.deps.hub.publish(`user:${open.agentId}`, {
          type: 'photo_added',
          escalationId: open.id,
          photoId: photo.id,
        })
      return c.json({ photo }, 201)
    },
  )
  .get(
    '/:id/photos',
    doc('sessions', 'Photos of this session', { 200: json(PhotoListSchema) }, BEARER),
    validate('param', IdParam),
    requireSessionToken,
    async (c) => {
      return c.json({ photos: await listSessionPhotos(c.var.deps.db, c.var.session.id) }, 200)
    },
  )
  .get(
    '/:id/photos/:photoId',
    doc('sessions', 'One photo', { 200: media('image/*', 'The image', true) }, BEARER),
    validate('param', PhotoParam),
    requireSessionToken,
    async (c) => {
      const { photoId } = c.req.valid('param')
      const row = await photoImage(c.var.deps.db, photoId, { sessionId: c.var.session.id })
      if (!row) return fail(c, 404, 'photo_not_found', 'No such photo.')
      return imageResponse(c, row)
    },
  )

/** Agents: the photos of the escalation's repair session, as part of its context. */
export const agentPhotoRoutes = new Hono<AppEnv>()
  .use('*', requireRole('agent', 'admin'))
  .get(
    '/escalations/:id/photos',
    doc('agent', 'Photos of the escalated session', { 200: json(PhotoListSchema) }),
    validate('param', IdParam),
    async (c) => {
      const { db } = c.var.deps
      const e = await getEscalation(db, c.req.valid('param').id)
      if (!e) return fail(c, 404, 'escalation_not_found', 'No such escalation.')
      return c.json({ photos: await listSessionPhotos(db, e.sessionId) }, 200)
    },
  )
  .get(
    '/escalations/:id/photos/:photoId',
    doc('agent', 'One photo', { 200: media('image/*', 'The image', true) }),
    validate('param', PhotoParam),
    async (c) => {
      const { db } = c.var.deps
      const { id, photoId } = c.req.valid('param')
      const e = await getEscalation(db, id)
      const row = e && (await photoImage(db, photoId, { sessionId: e.sessionId }))
      if (!row) return fail(c, 404, 'photo_not_found', 'No such photo.')
      return imageResponse(c, row)
    },
  )

/** Authors: a procedure's photos (one version or all), shown next to their step in analytics. */
export const studioPhotoRoutes = new Hono<AppEnv>()
  .use('*', studioAccess)
  .get(
    '/:id/photos',
    doc('studio', 'Outcome photos of a procedure', { 200: json(PhotoListSchema) }),
    validate('param', z.object({ id: IdSchema })),
    validate('query', PhotoAnalyticsQuerySchema),
    async (c) => {
      const { db } = c.var.deps
      const id = c.req.valid('param').id
      const q = c.req.valid('query')
      if (!(await getStudioProcedure(db, id)))
        return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      return c.json({ photos: await listProcedurePhotos(db, id, q.version) }, 200)
    },
  )
  .get(
    '/:id/photos/:photoId',
    doc('studio', 'One outcome photo', { 200: media('image/*', 'The image', true) }),
    validate('param', ProcedurePhotoParam),
    async (c) => {
      const { id, photoId } = c.req.valid('param')
      const row = await photoImage(c.var.deps.db, photoId, { procedureId: id })
      if (!row) return fail(c, 404, 'photo_not_found', 'No such photo.')
      return imageResponse(c, row)
    },
  )
