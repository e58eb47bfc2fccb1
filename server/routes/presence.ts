import { Hono } from 'hono'
import type { AppEnv } from '../context'
import { AvailabilitySchema, MyPresenceSchema, SetPresenceSchema } from '../domain/presence'
import { fail } from '../errors'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'
import { announceAvailability, presenceTiming } from '../realtime/queue-events'
import { agentsOnline, effectiveStatus, setStatus } from '../services/presence'
import { validate } from '../validate'

/** Public: whether a customer can get an agent now (the help entry shows it). */
export const availabilityRoutes = new Hono<AppEnv>().get(
  '/availability',
  doc('presence', 'Whether an agent is online now', { 200: json(AvailabilitySchema) }),
  async (c) => {
    const deps = c.var.deps
    return c.json(
      { agentsOnline: await agentsOnline(deps.db, presenceTiming(deps.env).staleMs) },
      200,
    )
  },
)

/**
 * The agent's own presence: what they chose (`online`, `away`, `offline`) and what it is in effect
 * (offline while no console of theirs is open), with the number of agents online.
 */
export const agentPresenceRoutes = new Hono<AppEnv>()
  .use('*', requireRole('agent', 'admin'))
  .get(
    '/presence',
    doc('agent', 'My presence (online, away) and the agents online', {
      200: json(MyPresenceSchema),
    }),
    async (c) => {
      const deps = c.var.deps
      const user = c.var.user
      if (!user) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const { staleMs } = presenceTiming(deps.env)
      const [mine, online] = await Promise.all([
        effectiveStatus(deps.db, user.id, staleMs),
        agentsOnline(deps.db, staleMs),
      ])
      return c.json({ status: mine.chosen, effective: mine.effective, agentsOnline: online }, 200)
    },
  )
  .put(
    '/presence',
    doc('agent', 'Set my presence', { 200: json(MyPresenceSchema) }),
    validate('json', SetPresenceSchema),
    async (c) => {
      const deps = c.var.deps
      const user = c.var.user
      if (!user) return fail(c, 401, 'unauthenticated', 'Sign in to continue.')
      const { staleMs } = presenceTiming(deps.env)
      const before = await effectiveStatus(deps.db, user.id, staleMs)
      const { status } = c.req.valid('json')
      await setStatus(deps.db, user.id, status)
      const effective = before.sockets > 0 ? status : 'offline'
      if ((before.effective === 'online') !== (effective === 'online'))
        await announceAvailability(deps)
      const online = await agentsOnline(deps.db, staleMs)
      return c.json({ status, effective, agentsOnline: online }, 200)
    },
  )
