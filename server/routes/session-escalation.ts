import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { HelpRequestSchema } from '../domain/escalation'
import {
  HelpCancelledSchema,
  HelpRequestedSchema,
  OpenHelpRequestSchema,
} from '../domain/support-api'
import { fail } from '../errors'
import { requireSessionToken } from '../middleware/customer'
import { BEARER, doc, json } from '../openapi/describe'
import { announceQueueChange, presenceTiming } from '../realtime/queue-events'
import { iceServersFor } from '../realtime/turn'
import { getPublished } from '../services/catalog'
import { cancelHelp, openEscalationOf, queuePosition, requestHelp } from '../services/escalations'
import { agentsOnline } from '../services/presence'
import { validate } from '../validate'

const IdParam = z.object({ id: z.uuid() })

function view(e: { id: string; status: string; createdAt: Date; acceptedAt: Date | null }) {
  return {
    id: e.id,
    status: e.status,
    createdAt: e.createdAt.toISOString(),
    acceptedAt: e.acceptedAt?.toISOString() ?? null,
  }
}

/** The customer's side of escalation: ask for an agent, see the queue, cancel. */
export const sessionEscalationRoutes = new Hono<AppEnv>()
  .post(
    '/:id/escalation',
    doc(
      'sessions',
      'Ask for an agent',
      {
        201: json(HelpRequestedSchema, 'The escalation and queue position'),
        200: json(HelpRequestedSchema, 'Already waiting: the open request'),
      },
      BEARER,
    ),
    validate('param', IdParam),
    requireSessionToken,
    validate('json', HelpRequestSchema),
    async (c) => {
      const deps = c.var.deps
      const s = c.var.session
      const published = await getPublished(deps.db, s.procedureId, s.version)
      if (!published)
        return fail(c, 404, 'procedure_not_found', 'This session’s procedure is gone.')
      const { escalation, created } = await requestHelp(
        deps.db,
        s,
        published.procedure,
        c.req.valid('json'),
        deps.env,
      )
      if (created) await announceQueueChange(deps, escalation.id)
      const queue = await queuePosition(deps.db, escalation, presenceTiming(deps.env).staleMs)
      return c.json({ escalation: view(escalation), ...queue }, created ? 201 : 200)
    },
  )
  .get(
    '/:id/escalation',
    doc('sessions', 'The open help request, if any', { 200: json(OpenHelpRequestSchema) }, BEARER),
    validate('param', IdParam),
    requireSessionToken,
    async (c) => {
      const deps = c.var.deps
      const e = await openEscalationOf(deps.db, c.var.session.id)
      // No open request is an ordinary state, not an error.
      const { staleMs } = presenceTiming(deps.env)
      if (!e)
        return c.json(
          {
            escalation: null,
            position: 0,
            estimatedWaitSeconds: 0,
            agentsOnline: await agentsOnline(deps.db, staleMs),
            iceServers: [],
          },
          200,
        )
      const queue = await queuePosition(deps.db, e, staleMs)
      const iceServers =
        e.status === 'active'
          ? iceServersFor(deps.env.ICE_SERVERS, deps.env.TURN_SECRET, `customer-${e.id}`)
          : []
      return c.json({ escalation: view(e), ...queue, iceServers }, 200)
    },
  )
  .delete(
    '/:id/escalation',
    doc('sessions', 'Cancel a waiting help request', { 200: json(HelpCancelledSchema) }, BEARER),
    validate('param', IdParam),
    requireSessionToken,
    async (c) => {
      const deps = c.var.deps
      const e = await cancelHelp(deps.db, c.var.session.id)
      if (!e) return fail(c, 409, 'not_waiting', 'There is no waiting help request to cancel.')
      await announceQueueChange(deps, e.id)
      return c.json({ escalation: view(e) }, 200)
    },
  )
