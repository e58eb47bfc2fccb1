import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { CloseEscalationSchema } from '../domain/escalation'
import {
  AgentCallbacksSchema,
  CallbackClaimedSchema,
  CallbackClosedSchema,
} from '../domain/support-api'
import { fail } from '../errors'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'
import { claimCallback, closeCallback, getCallback, listCallbacks } from '../services/callbacks'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })

/** The agent console's callbacks list: open requests with their context, claim one, record its result. */
export const agentCallbackRoutes = new Hono<AppEnv>()
  .use('*', requireRole('agent', 'admin'))
  .get(
    '/callbacks',
    doc('agent', 'Open and claimed callback requests with their context', {
      200: json(AgentCallbacksSchema),
    }),
    async (c) => {
      const rows = await listCallbacks(c.var.deps.db)
      return c.json(
        {
          callbacks: rows.map((r) => ({
            ...r,
            windowStart: r.windowStart.toISOString(),
            windowEnd: r.windowEnd.toISOString(),
            createdAt: r.createdAt.toISOString(),
          })),
        },
        200,
      )
    },
  )
  .post(
    '/callbacks/:id/claim',
    doc('agent', 'Take a callback request; 409 if another agent has it', {
      200: json(CallbackClaimedSchema),
    }),
    validate('param', IdParam),
    async (c) => {
      const deps = c.var.deps
      const user = c.var.user
      if (!user) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const id = c.req.valid('param').id
      const row = await claimCallback(deps.db, id, user.id)
      if (!row) {
        if (!(await getCallback(deps.db, id)))
          return fail(c, 404, 'callback_not_found', 'No such callback request.')
        return fail(c, 409, 'already_taken', 'Another agent has already taken this callback.')
      }
      await deps.hub.publish('queue', { type: 'callbacks_changed', callbackId: row.id })
      // The customer, if their guide is open, learns at once that an agent has it.
      await deps.hub.publish(`session:${row.sessionId}`, {
        type: 'callbacks_changed',
        callbackId: row.id,
      })
      return c.json({ callback: { id: row.id, status: row.status, agentId: row.agentId } }, 200)
    },
  )
  .post(
    '/callbacks/:id/close',
    doc('agent', 'Record the result of a callback', { 200: json(CallbackClosedSchema) }),
    validate('param', IdParam),
    validate('json', CloseEscalationSchema),
    async (c) => {
      const deps = c.var.deps
      const user = c.var.user
      const id = c.req.valid('param').id
      const r = await getCallback(deps.db, id)
      if (!r) return fail(c, 404, 'callback_not_found', 'No such callback request.')
      if (user?.role !== 'admin' && r.agentId !== user?.id)
        return fail(
          c,
          403,
          'not_your_callback',
          'Only the agent who took this callback or an admin can record its result.',
        )
      const { resolution, notes } = c.req.valid('json')
      const row = await closeCallback(deps.db, id, resolution, notes)
      if (!row)
        return fail(c, 409, 'not_claimed', 'Take this callback before recording its result.')
      await deps.hub.publish('queue', { type: 'callbacks_changed', callbackId: row.id })
      return c.json(
        { callback: { id: row.id, status: row.status, resolution: row.resolution } },
        200,
      )
    },
  )
