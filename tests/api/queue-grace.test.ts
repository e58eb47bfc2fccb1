import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverDatabase } from '../helpers/db'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

/**
 * A waiting customer's socket drops: a blip (the socket cut, back on the other instance a few
 * seconds later), or their instance killed. Within the grace period they keep their place, and the
 * agent's queue shows them throughout; one who never comes back leaves the queue after it, and
 * everyone behind moves up. Two real instances on PostgreSQL, real sockets.
 */
const adminUrl = process.env.TEST_DATABASE_URL
if (!adminUrl)
  throw new Error(
    'These tests need a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test).',
  )
const ADMIN = { ADMIN_EMAIL: 'grace@example.com', ADMIN_PASSWORD: 'grace-password-1' }
const GRACE_S = 6

const json = (method: string, body?: object, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: body ? JSON.stringify(body) : undefined,
})

type Session = { id: string; token: string; procedure: { steps: { id: string }[] } }
type Queue = { escalations: { id: string; sessionId: string; status: string }[] }
type Help = { escalation: { id: string; status: string } | null; position: number }

describe('a waiting customer whose socket drops keeps their queue place', () => {
  let servers: RunningServer[] = []
  let db: Awaited<ReturnType<typeof serverDatabase>>

  beforeAll(async () => {
    db = await serverDatabase(adminUrl)
    const env = {
      SESSION_SECRET: 'queue-grace-secret-0123456789abcdef',
      LOG_REQUESTS: '0',
      DATABASE_URL: db.url,
      QUEUE_GRACE_SECONDS: String(GRACE_S),
    }
    const first = await spawnServer({ ...env, ...ADMIN })
    servers = [first, await spawnServer({ ...env, SEED: '0' })]
  }, 180_000)
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await db?.close()
  })

  it('through a blip and through its instance killed; one who never returns leaves after the grace period', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string]
    const products = (await (await fetch(`${a}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const login = await fetch(
      `${b}/api/auth/login`,
      json('POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    )
    const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
    const csrf = cookies.find((k) => k.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const staff = { cookie: cookies.join('; '), 'x-csrf-token': csrf, origin: b }
    const wsUrl = (base: string) => `${base.replace('http', 'ws')}/api/ws`
    const agent = await wsClient(wsUrl(b), staff)
    await agent.next({ type: 'hello' })
    const queue = async () =>
      (
        (await (await fetch(`${b}/api/agent/queue`, { headers: staff })).json()) as Queue
      ).escalations
        .filter((e) => e.status === 'waiting')
        .map((e) => e.sessionId)

    // Three customers on instance A ask for help in turn: x, then y, then z.
    const customers: { session: Session; escalationId: string }[] = []
    const sockets: Awaited<ReturnType<typeof wsClient>>[] = []
    for (let i = 0; i < 3; i++) {
      const session = (await (
        await fetch(`${a}/api/sessions`, json('POST', { procedureId, mode: 'inline' }))
      ).json()) as Session
      const socket = await wsClient(`${wsUrl(a)}?session=${session.id}&token=${session.token}`)
      await socket.next({ type: 'hello' })
      const steps = session.procedure.steps.map((s) => s.id)
      const help = await fetch(
        `${a}/api/sessions/${session.id}/escalation`,
        json(
          'POST',
          { stepId: steps[0], timeOnStepMs: 1000, path: steps.slice(0, 1), mode: 'inline' },
          { authorization: `Bearer ${session.token}` },
        ),
      )
      expect(help.status).toBe(201)
      const escalationId = ((await help.json()) as { escalation: { id: string } }).escalation.id
      await agent.next({ type: 'queue_changed', escalationId })
      customers.push({ session, escalationId })
      sockets.push(socket)
    }
    const [x, y, z] = customers as [
      (typeof customers)[0],
      (typeof customers)[0],
      (typeof customers)[0],
    ]
    const order = customers.map((c) => c.session.id)
    expect(await queue()).toEqual(order)
    const place = async (base: string, c: (typeof customers)[0]) =>
      (
        (await (
          await fetch(`${base}/api/sessions/${c.session.id}/escalation`, {
            headers: { authorization: `Bearer ${c.session.token}` },
          })
        ).json()) as Help
      ).position
    const resumeUrl = (base: string, c: (typeof customers)[0], socket: (typeof sockets)[0]) => {
      const channel = `session:${c.session.id}`
      const last = socket.messages.filter((m) => m.channel === channel).at(-1)?.seq ?? 0
      return `${wsUrl(base)}?session=${c.session.id}&token=${c.session.token}&resume=${encodeURIComponent(JSON.stringify({ [channel]: last }))}`
    }

    // A blip: y's socket is cut (no close handshake) and stays away for half the grace period,
    // longer than two presence rounds; the agent's queue shows y in place all along.
    const changesBefore = agent.messages.filter((m) => m.type === 'queue_changed').length
    sockets[1]?.ws.terminate()
    const awayUntil = Date.now() + (GRACE_S * 1000) / 2
    while (Date.now() < awayUntil) {
      expect(await queue()).toEqual(order)
      await new Promise((r) => setTimeout(r, 250))
    }
    // Back on the other instance: the same place.
    const yBack = await wsClient(resumeUrl(b, y, sockets[1] as (typeof sockets)[0]))
    await yBack.next({ type: 'hello' })
    expect(await place(b, y)).toBe(2)
    expect(agent.messages.filter((m) => m.type === 'queue_changed').length).toBe(changesBefore)

    // Instance A is killed with x's and z's sockets on it. z comes back on B; x never does.
    const beforeKill = agent.messages.length
    servers[0]?.child.kill('SIGKILL')
    const killedAt = Date.now()
    const zBack = await wsClient(resumeUrl(b, z, sockets[2] as (typeof sockets)[0]))
    await zBack.next({ type: 'hello' })
    expect(await place(b, z)).toBe(3)
    expect(await queue()).toEqual(order)

    // After the grace period x leaves the queue: the agent is told, y and z move up.
    await agent.next(
      { type: 'queue_changed', escalationId: x.escalationId },
      GRACE_S * 1000 + 10_000,
      beforeKill,
    )
    const removedMs = Date.now() - killedAt
    console.log(
      `x left the queue ${removedMs} ms after its instance was killed (grace ${GRACE_S} s)`,
    )
    expect(removedMs).toBeGreaterThanOrEqual(GRACE_S * 1000 - 1500)
    expect(await queue()).toEqual([y.session.id, z.session.id])
    await yBack.next({ type: 'queue_position', escalationId: y.escalationId, position: 1 })
    await zBack.next({ type: 'queue_position', escalationId: z.escalationId, position: 2 })
    // y and z were never taken out: their requests are the same ones, still waiting.
    expect(await place(b, y)).toBe(1)
    expect(await place(b, z)).toBe(2)

    // x comes back too late: told the request left the queue, and it has no open request.
    const xBack = await wsClient(resumeUrl(b, x, sockets[0] as (typeof sockets)[0]))
    await xBack.next({ type: 'escalation', escalationId: x.escalationId, status: 'cancelled' })
    const xHelp = (await (
      await fetch(`${b}/api/sessions/${x.session.id}/escalation`, {
        headers: { authorization: `Bearer ${x.session.token}` },
      })
    ).json()) as Help
    expect(xHelp.escalation).toBeNull()
    for (const w of [agent, yBack, zBack, xBack]) w.close()
  }, 90_000)
})
