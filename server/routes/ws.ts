import { upgradeWebSocket } from '@hono/node-server'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { retryTransient } from '../db/transient'
import type { DirectMessageInput } from '../domain/realtime'
import { errorBody } from '../errors'
import { findSessionByToken } from '../middleware/customer'
import { doc } from '../openapi/describe'
import { log } from '../ops/log'
import { agentSocketClosed, agentSocketOpened } from '../realtime/agent-presence'
import type { Peer } from '../realtime/hub'
import { customersSeen } from '../realtime/queue-presence'
import { handleMessage } from '../realtime/signaling'

/**
 * `GET /api/ws`: one socket per browser tab. Customers authenticate with `?session=<id>&token=<token>`
 * (browsers cannot set headers on a WebSocket); staff with their cookie, from our own origin only.
 */
type PeerInfo = Omit<Peer, 'socket'>

/**
 * `?resume=<json>`: the last `seq` the client saw per channel, on a reconnect; what it missed is
 * sent first, and nothing twice. Channels the peer does not listen on are ignored.
 */
const ResumeSchema = z.record(z.string().max(200), z.number().int().nonnegative())

function parseResume(raw: string | undefined): Record<string, number> | null {
  if (!raw) return {}
  try {
    const r = ResumeSchema.safeParse(JSON.parse(raw))
    return r.success ? r.data : null
  } catch {
    return null
  }
}

export const wsRoutes = new Hono<
  AppEnv & { Variables: { peer: PeerInfo; resume: Record<string, number> } }
>().get(
  '/',
  doc(
    'realtime',
    'WebSocket: queue updates, call signaling, annotations',
    { 101: { empty: true, description: 'Switching to the WebSocket protocol' } },
    {
      description:
        'Customers pass `session` and `token` in the query; staff send their cookie. Messages are described by ClientMessage and ServerMessage in server/domain/realtime.ts.',
    },
  ),
  async (c, next) => {
    const { db, secret } = c.var.deps
    const sessionId = c.req.query('session')
    const token = c.req.query('token')
    const user = c.var.user
    let peer: PeerInfo
    if (sessionId && token) {
      const found = await findSessionByToken(db, secret, sessionId, token)
      if (found === 'not_found')
        return c.json(errorBody('session_not_found', 'No such repair session.'), 404)
      if (found === 'forbidden')
        return c.json(
          errorBody('forbidden', 'This token does not belong to this repair session.'),
          403,
        )
      peer = {
        kind: 'customer',
        sessionId: found.id,
        // `waiting`: the queue's order, of which the hub sends this customer their own place;
        // `availability`: whether an agent is online, for the help entry.
        channels: new Set([`session:${found.id}`, 'waiting', 'availability']),
      }
    } else if (user) {
      const origin = c.req.header('origin')
      const host = c.req.header('host')
      if (origin && host && new URL(origin).host !== host)
        return c.json(errorBody('forbidden', 'WebSocket from another origin.'), 403)
      const channels = new Set<string>([`user:${user.id}`])
      const takesQueue = user.role === 'agent' || user.role === 'admin'
      // Consoles hear the queue, and the agents online (their own presence among them).
      if (takesQueue) {
        channels.add('queue')
        channels.add('availability')
      }
      peer = {
        kind: user.role,
        userId: user.id,
        channels,
        ...(takesQueue ? { socketId: crypto.randomUUID() } : {}),
      }
    } else {
      return c.json(errorBody('unauthenticated', 'Sign in, or pass the session id and token.'), 401)
    }
    const resume = parseResume(c.req.query('resume'))
    if (!resume)
      return c.json(
        errorBody('invalid_request', 'resume is a JSON object of channel → last seq.'),
        400,
      )
    c.set('peer', peer)
    c.set('resume', resume)
    await next()
  },
  upgradeWebSocket((c) => {
    const hub = c.var.deps.hub
    const base = c.var.peer
    let peer: Peer | null = null
    // One socket's messages are handled one after another, in the order sent: an SDP offer is
    // published before the ICE candidates that follow it. The chain starts after the peer has
    // joined (and caught up), so replies never overtake what it missed.
    let chain: Promise<unknown> = Promise.resolve()
    // An agent console's presence: recorded on open, removed on close, in that order.
    let presence: Promise<unknown> = Promise.resolve()
    const deps = c.var.deps
    const presenceFailed = (err: unknown) => log.error({ err }, 'agent presence failed')
    return {
      onOpen(_e, ws) {
        peer = {
          ...base,
          socket: { send: (d) => ws.send(d), close: (code, r) => ws.close(code, r) },
        }
        const hello: DirectMessageInput = {
          type: 'hello',
          kind: base.kind,
          sessionId: base.sessionId ?? null,
        }
        ws.send(JSON.stringify(hello))
        // Back within the grace period: the queue place is kept (queue-presence.ts).
        if (base.kind === 'customer' && base.sessionId)
          void customersSeen(c.var.deps.db, [base.sessionId]).catch((err: unknown) => {
            log.error({ err }, 'ws presence failed')
          })
        const { socketId, userId } = base
        if (socketId && userId)
          presence = agentSocketOpened(deps, socketId, userId).catch(presenceFailed)
        chain = hub.add(peer, c.var.resume).catch((err: unknown) => {
          log.error({ err }, 'ws resume failed')
        })
      },
      onMessage(e, ws) {
        if (!peer) return
        const from = peer
        const reply = (m: DirectMessageInput) => ws.send(JSON.stringify(m))
        const raw = String(e.data)
        // While the database is unreachable (a restart), the message waits and is tried again,
        // and the socket's later messages wait behind it.
        chain = chain.then(() =>
          retryTransient(() => handleMessage(c.var.deps, from, raw, reply), 'ws message').catch(
            (err: unknown) => {
              log.error({ err }, 'ws message failed')
              reply({
                type: 'error',
                code: 'internal_error',
                message: 'That message could not be handled.',
              })
            },
          ),
        )
      },
      onClose() {
        if (peer) hub.remove(peer)
        const { socketId, userId } = base
        if (socketId && userId)
          presence = presence
            .then(() => agentSocketClosed(deps, socketId, userId))
            .catch(presenceFailed)
      },
    }
  }),
  (c) => c.json(errorBody('upgrade_required', 'This endpoint speaks WebSocket only.'), 426),
)
