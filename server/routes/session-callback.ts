import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { CallbackRequestSchema } from '../domain/callback'
import { CallbackAnswerSchema, LatestCallbackSchema } from '../domain/support-api'
import { fail } from '../errors'
import { requireSessionToken } from '../middleware/customer'
import { BEARER, doc, json } from '../openapi/describe'
import {
  type CallbackRow,
  callbackRequested,
  latestCallbackOf,
  requestCallback,
} from '../services/callbacks'
import { getPublished } from '../services/catalog'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })

/** What the customer sees of their callback request. */
function view(r: CallbackRow) {
  return {
    id: r.id,
    status: r.status,
    name: r.name,
    phone: r.phone,
    email: r.email,
    windowStart: r.windowStart.toISOString(),
    windowEnd: r.windowEnd.toISOString(),
    resolution: r.resolution,
    createdAt: r.createdAt.toISOString(),
  }
}

/** The customer's side of callbacks: leave a request when no agent can help now, and see it. */
export const sessionCallbackRoutes = new Hono<AppEnv>()
  .post(
    '/:id/callback',
    doc(
      'sessions',
      'Ask for a call back (leaves the live queue)',
      {
        201: json(CallbackAnswerSchema, 'The new request'),
        200: json(CallbackAnswerSchema, 'The open request, already made'),
      },
      BEARER,
    ),
    validate('param', IdParam),
    requireSessionToken,
    validate('json', CallbackRequestSchema),
    async (c) => {
      const deps = c.var.deps
      const s = c.var.session
      const published = await getPublished(deps.db, s.procedureId, s.version)
      if (!published)
        return fail(c, 404, 'procedure_not_found', 'This session’s procedure is gone.')
      const r = await requestCallback(
        deps.db,
        s,
        published.procedure,
        c.req.valid('json'),
        deps.env,
      )
      if (r.created) await callbackRequested(deps, r)
      return c.json({ callback: view(r.callback) }, r.created ? 201 : 200)
    },
  )
  .get(
    '/:id/callback',
    doc(
      'sessions',
      'The latest callback request, if any',
      { 200: json(LatestCallbackSchema) },
      BEARER,
    ),
    validate('param', IdParam),
    requireSessionToken,
    async (c) => {
      const r = await latestCallbackOf(c.var.deps.db, c.var.session.id)
      return c.json({ callback: r ? view(r) : null }, 200)
    },
  )
