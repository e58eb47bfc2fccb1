import type { Context } from 'hono'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import type { AppEnv } from '../context'
import {
  readImageHeader,
  SNAPSHOT_MAX_BYTES,
  SNAPSHOT_MAX_SIDE,
  SNAPSHOT_TYPES,
  SnapshotCreatedSchema,
  SnapshotListSchema,
  type SnapshotType,
  SnapshotTypeSchema,
} from '../domain/snapshot'
import { errorBody, fail } from '../errors'
import { requireSessionToken } from '../middleware/customer'
import { requireRole } from '../middleware/staff'
import { BEARER, doc, json, media } from '../openapi/describe'
import { type EscalationRow, getEscalation } from '../services/escalations'
import {
  addSnapshot,
  listSessionSnapshots,
  listSnapshots,
  snapshotImage,
} from '../services/snapshots'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })
const SnapshotParam = z.object({ id: z.uuid(), snapshotId: z.uuid() })
const MAX_MB = SNAPSHOT_MAX_BYTES / 1024 / 1024

/** The upload path, which has its own body limit instead of the API's 1 MB one. */
export const SNAPSHOT_UPLOAD_PATH = /^\/api\/agent\/escalations\/[^/]+\/snapshots$/

/** Snapshots are never changed once stored, and they are one customer's pictures: private. */
function imageResponse(c: Context, row: { type: SnapshotType; image: Uint8Array }) {
  // A copy in its own ArrayBuffer: node-postgres hands out slices of a shared pool.
  return c.body(new Uint8Array(row.image), 200, {
    'Content-Type': row.type,
    'Content-Length': String(row.image.byteLength),
    'Cache-Control': 'private, max-age=31536000, immutable',
  })
}

type WithEscalation = AppEnv & { Variables: { escalation: EscalationRow } }

/**
 * Only the agent in the escalation's call sends it snapshots, and only while the call is on. Checked
 * before the body is read, so nobody else gets to upload megabytes.
 */
const inThisCall = createMiddleware<WithEscalation>(async (c, next) => {
  const id = c.req.param('id') ?? ''
  const e = await getEscalation(c.var.deps.db, id)
  if (!e) return c.json(errorBody('escalation_not_found', 'No such escalation.'), 404)
  if (e.agentId !== c.var.user?.id)
    return c.json(
      errorBody(
        'not_your_escalation',
        'Only the agent who took this customer can send them snapshots.',
      ),
      403,
    )
  if (e.status !== 'active')
    return c.json(
      errorBody('not_active', 'This call is over: snapshots go to a customer in a call.'),
      409,
    )
  c.set('escalation', e)
  await next()
})

const snapshotLimit = bodyLimit({
  maxSize: SNAPSHOT_MAX_BYTES,
  onError: (c) =>
    c.json(errorBody('payload_too_large', `The snapshot is larger than ${MAX_MB} MB.`), 413),
})

/**
 * The agent's side: `POST /api/agent/escalations/:id/snapshots` takes the composed image as the raw
 * body (`Content-Type: image/webp | image/jpeg | image/png`), checks it by its own bytes, stores it
 * with the escalation and tells the customer's page; the list and each image are read back here.
 */
export const agentSnapshotRoutes = new Hono<AppEnv>()
  .use('*', requireRole('agent', 'admin'))
  .post(
    '/escalations/:id/snapshots',
    doc(
      'agent',
      'Save a snapshot of the call (JPEG or PNG body)',
      { 201: json(SnapshotCreatedSchema) },
      { body: 'image/*' },
    ),
    validate('param', IdParam),
    inThisCall,
    snapshotLimit,
    async (c) => {
      const deps = c.var.deps
      const e = c.var.escalation
      const declared = SnapshotTypeSchema.safeParse(
        (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase(),
      )
      if (!declared.success)
        return fail(
          c,
          415,
          'unsupported_media_type',
          `A snapshot is an image: send it as ${SNAPSHOT_TYPES.join(', ')}.`,
        )
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      if (bytes.byteLength === 0) return fail(c, 400, 'empty_upload', 'The snapshot is empty.')
      const header = readImageHeader(bytes)
      if (!header || header.type !== declared.data)
        return fail(
          c,
          422,
          'invalid_image',
          header
            ? `The snapshot says it is ${declared.data} but it is ${header.type}.`
            : `The snapshot is not a whole ${declared.data} image.`,
        )
      const { width, height } = header
      if (width < 1 || height < 1 || width > SNAPSHOT_MAX_SIDE || height > SNAPSHOT_MAX_SIDE)
        return fail(
          c,
          422,
          'invalid_image',
          `The snapshot is ${width}×${height}; at most ${SNAPSHOT_MAX_SIDE} pixels a side.`,
        )
      const userId = c.var.user?.id
      if (!userId) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const snapshot = await addSnapshot(deps.db, e.id, userId, header, bytes)
      await deps.hub.publish(`session:${e.sessionId}`, {
        type: 'snapshot',
        escalationId: e.id,
        from: 'agent',
        snapshot,
      })
      return c.json({ snapshot }, 201)
    },
  )
  .get(
    '/escalations/:id/snapshots',
    doc('agent', 'Snapshots of an escalation', { 200: json(SnapshotListSchema) }),
    validate('param', IdParam),
    async (c) => {
      const deps = c.var.deps
      const id = c.req.valid('param').id
      if (!(await getEscalation(deps.db, id)))
        return fail(c, 404, 'escalation_not_found', 'No such escalation.')
      return c.json({ snapshots: await listSnapshots(deps.db, id) }, 200)
    },
  )
  .get(
    '/escalations/:id/snapshots/:snapshotId',
    doc('agent', 'One snapshot image', { 200: media('image/*', 'The image', true) }),
    validate('param', SnapshotParam),
    async (c) => {
      const { id, snapshotId } = c.req.valid('param')
      const row = await snapshotImage(c.var.deps.db, snapshotId, { escalationId: id })
      if (!row) return fail(c, 404, 'snapshot_not_found', 'No such snapshot.')
      return imageResponse(c, row)
    },
  )

/** The customer's side: the snapshots their agents sent, with the session's token. */
export const sessionSnapshotRoutes = new Hono<AppEnv>()
  .get(
    '/:id/snapshots',
    doc(
      'sessions',
      'Snapshots shared with the customer',
      { 200: json(SnapshotListSchema) },
      BEARER,
    ),
    validate('param', IdParam),
    requireSessionToken,
    async (c) => {
      return c.json({ snapshots: await listSessionSnapshots(c.var.deps.db, c.var.session.id) }, 200)
    },
  )
  .get(
    '/:id/snapshots/:snapshotId',
    doc('sessions', 'One snapshot image', { 200: media('image/*', 'The image', true) }, BEARER),
    validate('param', SnapshotParam),
    requireSessionToken,
    async (c) => {
      const snapshotId = c.req.valid('param').snapshotId
      const row = await snapshotImage(c.var.deps.db, snapshotId, { sessionId: c.var.session.id })
      if (!row) return fail(c, 404, 'snapshot_not_found', 'No such snapshot.')
      return imageResponse(c, row)
    },
  )
