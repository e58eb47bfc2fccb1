import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyServerDatabase } from '../helpers/db'
import { type OwnPostgres, ownPostgres } from '../helpers/own-postgres'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

/**
 * PostgreSQL restarted mid-session, on a server of this test's own (never the shared one): two
 * instances, an agent in a call with one customer while another waits in the queue. Both sides of
 * the call keep sending signals through the outage; the database stays down longer than the queue's
 * grace period; right after it is back the agent accepts the waiting customer and a third asks for
 * help. Every signal arrives once and in order, every queue change arrives, nobody leaves the queue
 * for the outage, and both instances are still up.
 */
const ADMIN = { ADMIN_EMAIL: 'restart@example.com', ADMIN_PASSWORD: 'restart-password-1' }
const GRACE_S = 4
const OUTAGE_MS = 6000

const json = (method: string, body?: object, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: body ? JSON.stringify(body) : undefined,
})

type Session = { id: string; token: string; procedure: { steps: { id: string }[] } }
type Client = Awaited<ReturnType<typeof wsClient>>

describe('PostgreSQL restarted mid-session', () => {
  let pg: OwnPostgres
  let db: Awaited<ReturnType<typeof emptyServerDatabase>>
  let servers: RunningServer[] = []

  beforeAll(async () => {
    pg = await ownPostgres()
    db = await emptyServerDatabase(pg.adminUrl)
    const env = {
      SESSION_SECRET: 'pg-restart-secret-0123456789abcdef',
      LOG_REQUESTS: '0',
      DATABASE_URL: db.url,
      QUEUE_GRACE_SECONDS: String(GRACE_S),
    }
    const first = await spawnServer({ ...env, ...ADMIN })
    servers = [first, await spawnServer({ ...env, SEED: '0' })]
  }, 180_000)
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    pg?.remove()
  })

  it('loses no signal and no queue change, and keeps the queue', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string]
    const products = (await (await fetch(`${a}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const login = await fetch(
      `${a}/api/auth/login`,
      json('POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    )
    const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
    const csrf = cookies.find((k) => k.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const staff = { cookie: cookies.join('; '), 'x-csrf-token': csrf, origin: a }
    const wsUrl = (base: string) => `${base.replace('http', 'ws')}/api/ws`
    const agent = await wsClient(wsUrl(a), staff)
    await agent.next({ type: 'hello' })

    /** A customer on instance B who asks for help; returns their socket and escalation. */
    const ask = async () => {
      const session = (await (
        await fetch(`${b}/api/sessions`, json('POST', { procedureId, mode: 'inline' }))
      ).json()) as Session
      const socket = await wsClient(`${wsUrl(b)}?session=${session.id}&token=${session.token}`)
      await socket.next({ type: 'hello' })
      const steps = session.procedure.steps.map((s) => s.id)
      const help = await fetch(
        `${b}/api/sessions/${session.id}/escalation`,
        json(
          'POST',
          { stepId: steps[0], timeOnStepMs: 1000, path: steps.slice(0, 1), mode: 'inline' },
          { authorization: `Bearer ${session.token}` },
        ),
      )
      expect(help.status).toBe(201)
      const escalationId = ((await help.json()) as { escalation: { id: string } }).escalation.id
      return { session, socket, escalationId }
    }
    const accept = (id: string) =>
      fetch(`${a}/api/agent/escalations/${id}/accept`, json('POST', {}, staff))

    // In a call with c1; c2 waits.
    const c1 = await ask()
    expect((await accept(c1.escalationId)).status).toBe(200)
    await c1.socket.next({ type: 'escalation', status: 'active' }, 10_000)
    const c2 = await ask()
    await agent.next({ type: 'queue_changed', escalationId: c2.escalationId })
    await c2.socket.next({ type: 'queue_position', escalationId: c2.escalationId, position: 1 })

    // Both sides send a signal every 20 ms, from before the outage to after it, each numbered in
    // its connection id (the realtime contract's signal has no free-form fields).
    const sent = { agent: 0, customer: 0 }
    const tick = setInterval(() => {
      agent.send({
        type: 'signal',
        escalationId: c1.escalationId,
        data: { cid: String(sent.agent++) },
      })
      c1.socket.send({
        type: 'signal',
        escalationId: c1.escalationId,
        data: { cid: String(sent.customer++) },
      })
    }, 20)
    let c3: Awaited<ReturnType<typeof ask>> | null = null
    try {
      await new Promise((r) => setTimeout(r, 500))
      pg.stopServer()
      const stoppedAt = Date.now()
      await new Promise((r) => setTimeout(r, OUTAGE_MS))
      pg.startServer()
      console.log(`PostgreSQL down for ${Date.now() - stoppedAt} ms (grace ${GRACE_S} s)`)

      // Right after, c3 asks for help: the queue changes while the instances may still be
      // getting their listening connections back.
      c3 = await ask()
      await agent.next({ type: 'queue_changed', escalationId: c3.escalationId }, 15_000)
      await c3.socket.next({ type: 'queue_position', escalationId: c3.escalationId, position: 2 })
      // c2 waited through an outage longer than the grace period: still in the queue, first, for
      // longer than the grace period again (its instance sees it again).
      await new Promise((r) => setTimeout(r, (GRACE_S + 2) * 1000))
      const queue = (await (await fetch(`${b}/api/agent/queue`, { headers: staff })).json()) as {
        escalations: { id: string; status: string }[]
      }
      expect(queue.escalations.map((e) => [e.id, e.status])).toEqual([
        [c1.escalationId, 'active'],
        [c2.escalationId, 'waiting'],
        [c3.escalationId, 'waiting'],
      ])
      // The agent takes c2: c2 is told, the agent's queue changes, c3 moves up.
      const beforeAccept = agent.messages.length
      expect((await accept(c2.escalationId)).status).toBe(200)
      await c2.socket.next({ type: 'escalation', status: 'active' }, 15_000)
      await agent.next(
        { type: 'queue_changed', escalationId: c2.escalationId },
        15_000,
        beforeAccept,
      )
      await c3.socket.next({ type: 'queue_position', escalationId: c3.escalationId, position: 1 })
    } finally {
      clearInterval(tick)
    }

    // Every signal, once, in order, both ways.
    const last = { agent: sent.agent - 1, customer: sent.customer - 1 }
    const numbers = (w: Client, from: string) =>
      w.messages
        .filter((m) => m.type === 'signal' && m.from === from)
        .map((m) => Number((m.data as { cid: string }).cid))
    const arrived = async (w: Client, from: string, n: number) => {
      const deadline = Date.now() + 60_000
      while (!numbers(w, from).includes(n) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50))
    }
    await arrived(c1.socket, 'agent', last.agent)
    await arrived(agent, 'customer', last.customer)
    console.log(`signals through the restart: ${sent.agent} each way`)
    expect(numbers(c1.socket, 'agent')).toEqual(Array.from({ length: sent.agent }, (_, i) => i))
    expect(numbers(agent, 'customer')).toEqual(Array.from({ length: sent.customer }, (_, i) => i))

    for (const s of servers) {
      expect(s.child.exitCode).toBeNull()
      expect((await fetch(`${s.url}/api/health`)).status).toBe(200)
    }
    for (const w of [agent, c1.socket, c2.socket, c3?.socket]) w?.close()
  }, 120_000)
})
