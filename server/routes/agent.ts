import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { CloseEscalationSchema } from '../domain/escalation'
import {
  AgentQueueSchema,
  EscalationAcceptedSchema,
  EscalationClosedSchema,
  EscalationDetailSchema,
} from '../domain/support-api'
import { fail } from '../errors'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'
import { announceQueueChange } from '../realtime/queue-events'
import { iceServersFor } from '../realtime/turn'
import { getPublished } from '../services/catalog'
import {
  acceptEscalation,
  closeEscalation,
  getEscalation,
  listQueue,
  sessionTimeline,
} from '../services/escalations'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })

/** The agent console's API: the live queue, accepting (one winner), the call's context, closing. */
export const agentRoutes = new Hono<AppEnv>()
  .use('*', requireRole('agent', 'admin'))
  .get(
    '/queue',
    doc('agent', 'Waiting and active escalations with their context', {
      200: json(AgentQueueSchema),
    }),
    async (c) => {
      const rows = await listQueue(c.var.deps.db)
      return c.json(
        {
          escalations: rows.map((r) => ({
            ...r,
            createdAt: r.createdAt.toISOString(),
            acceptedAt: r.acceptedAt?.toISOString() ?? null,
          })),
        },
        200,
      )
    },
  )
  .post(
    '/escalations/:id/accept',
    doc('agent', 'Take an escalation; 409 if another agent has it', {
      200: json(EscalationAcceptedSchema),
    }),
    validate('param', IdParam),
    async (c) => {
      const deps = c.var.deps
      const user = c.var.user
      if (!user) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const id = c.req.valid('param').id
      const row = await acceptEscalation(deps.db, id, user.id, deps.env)
      if (!row) {
        const e = await getEscalation(deps.db, id)
        if (!e) return fail(c, 404, 'escalation_not_found', 'No such escalation.')
        return fail(c, 409, 'already_taken', 'Another agent has already taken this customer.')
      }
      await announceQueueChange(deps, row.id)
      await deps.hub.publish(`session:${row.sessionId}`, {
        type: 'escalation',
        escalationId: row.id,
        status: 'active',
        agentName: user.name || user.email,
      })
      return c.json(
        {
          escalation: {
            id: row.id,
            sessionId: row.sessionId,
            status: row.status,
            context: row.context,
          },
          iceServers: iceServersFor(deps.env.ICE_SERVERS, deps.env.TURN_SECRET, `agent-${user.id}`),
        },
        200,
      )
    },
  )
  .get(
    '/escalations/:id',
    doc('agent', 'One escalation with its context', { 200: json(EscalationDetailSchema) }),
    validate('param', IdParam),
    async (c) => {
      const deps = c.var.deps
      const e = await getEscalation(deps.db, c.req.valid('param').id)
      if (!e) return fail(c, 404, 'escalation_not_found', 'No such escalation.')
      const timeline = await sessionTimeline(deps.db, e.sessionId)
      const context = e.context as { procedureId: string; version: number }
      const published = await getPublished(deps.db, context.procedureId, context.version)
      return c.json(
        {
          escalation: {
            id: e.id,
            sessionId: e.sessionId,
            status: e.status,
            context: e.context,
            agentId: e.agentId,
            resolution: e.resolution,
            notes: e.notes,
            createdAt: e.createdAt.toISOString(),
          },
          procedure: published?.procedure ?? null,
          productId: published?.procedure.productId ?? null,
          iceServers:
            e.agentId === c.var.user?.id
              ? iceServersFor(deps.env.ICE_SERVERS, deps.env.TURN_SECRET, `agent-${e.agentId}`)
              : [],
          timeline: timeline.map((t) => ({ ...t, at: t.at.toISOString() })),
        },
        200,
      )
    },
  )
  .post(
    '/escalations/:id/close',
    doc('agent', 'Close with a resolution', { 200: json(EscalationClosedSchema) }),
    validate('param', IdParam),
    validate('json', CloseEscalationSchema),
    async (c) => {
      const deps = c.var.deps
      const user = c.var.user
      const id = c.req.valid('param').id
      const e = await getEscalation(deps.db, id)
      if (!e) return fail(c, 404, 'escalation_not_found', 'No such escalation.')
      if (user?.role !== 'admin' && e.agentId !== user?.id)
        return fail(
          c,
          403,
          'not_your_escalation',
          'Only the assigned agent or an admin can close this.',
        )
      const { resolution, notes } = c.req.valid('json')
      const row = await closeEscalation(deps.db, id, resolution, notes, deps.env)
      if (!row) return fail(c, 409, 'not_active', 'This escalation is not active.')
      await announceQueueChange(deps, row.id)
      await deps.hub.publish(`session:${row.sessionId}`, {
        type: 'escalation',
        escalationId: row.id,
        status: 'closed',
        resolution,
      })
      return c.json(
        { escalation: { id: row.id, status: row.status, resolution: row.resolution } },
        200,
      )
    },
  )
