import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverDatabase } from '../helpers/db'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

/**
 * Agent presence across two instances sharing PostgreSQL: the agent's console sockets are on
 * instance B, the customer on A. Availability and the customer's wait follow what the agent
 * chose and whether a console of theirs is open anywhere; the last one closing, or its instance
 * dying, makes them offline. Real processes, real sockets.
 */
const adminUrl = process.env.TEST_DATABASE_URL
if (!adminUrl)
  throw new Error(
    'These tests need a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test).',
  )
const ADMIN = { ADMIN_EMAIL: 'presence@example.com', ADMIN_PASSWORD: 'presence-password-1' }
// Presence rounds every second; an agent socket unstamped for 3 s is gone.
const GRACE_S = 4

const json = (method: string, body?: object, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: body ? JSON.stringify(body) : undefined,
})
type Session = { id: string; token: string; procedure: { steps: { id: string }[] } }
type Help = {
  escalation: { id: string } | null
  position: number
  estimatedWaitSeconds: number | null
  agentsOnline: number
}

describe('agent presence across instances', () => {
  let servers: RunningServer[] = []
  let db: Awaited<ReturnType<typeof serverDatabase>>

  beforeAll(async () => {
    db = await serverDatabase(adminUrl)
    const env = {
      SESSION_SECRET: 'presence-secret-0123456789abcdefghij',
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

  it('online while a console is open and the agent chose online; offline when the last one goes', async () => {
    const [a, b] = servers.map((s) => s.url) as [string, string]
    const wsUrl = (base: string) => `${base.replace('http', 'ws')}/api/ws`
    const availability = async () =>
      ((await (await fetch(`${a}/api/availability`)).json()) as { agentsOnline: number })
        .agentsOnline
    const login = await fetch(
      `${b}/api/auth/login`,
      json('POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    )
    const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
    const csrf = cookies.find((k) => k.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const staff = { cookie: cookies.join('; '), 'x-csrf-token': csrf, origin: b }
    const presence = async (status?: string) =>
      (await (
        await fetch(
          `${b}/api/agent/presence`,
          status ? json('PUT', { status }, staff) : { headers: staff },
        )
      ).json()) as { status: string; effective: string; agentsOnline: number }

    // Signed in, but no console open: offline, and customers are told so.
    expect(await presence()).toEqual({ status: 'online', effective: 'offline', agentsOnline: 0 })
    expect(await availability()).toBe(0)

    // Two customers on A ask for help: no agent, so no estimate.
    const procedureId = (
      (await (await fetch(`${a}/api/products`)).json()) as {
        products: { procedures: { id: string }[] }[]
      }
    ).products[0]?.procedures[0]?.id
    const customers: { session: Session; socket: Awaited<ReturnType<typeof wsClient>> }[] = []
    for (let i = 0; i < 2; i++) {
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
      expect(await help.json()).toMatchObject({
        position: i + 1,
        estimatedWaitSeconds: null,
        agentsOnline: 0,
      })
      customers.push({ session, socket })
    }
    const [first, second] = customers as [(typeof customers)[0], (typeof customers)[0]]
    const help = async (c: (typeof customers)[0]) =>
      (await (
        await fetch(`${a}/api/sessions/${c.session.id}/escalation`, {
          headers: { authorization: `Bearer ${c.session.token}` },
        })
      ).json()) as Help

    // The agent opens a console on B: customers on A hear an agent is online, and their waits
    // follow the queue (one agent free: a moment for the first, a whole call for the second).
    const mark = second.socket.messages.length
    const console1 = await wsClient(wsUrl(b), staff)
    await console1.next({ type: 'hello' })
    await first.socket.next({ type: 'availability', agentsOnline: 1 })
    await second.socket.next({ type: 'queue_position', position: 2, agentsOnline: 1 }, 5000, mark)
    expect(await availability()).toBe(1)
    expect(await presence()).toEqual({ status: 'online', effective: 'online', agentsOnline: 1 })
    const [h1, h2] = [await help(first), await help(second)]
    expect(h1).toMatchObject({ position: 1, agentsOnline: 1 })
    expect(h2).toMatchObject({ position: 2, agentsOnline: 1 })
    expect(h1.estimatedWaitSeconds).toBe(30)
    expect(h2.estimatedWaitSeconds).toBe(300)

    // Away: not online, whatever the console; back online.
    let from = first.socket.messages.length
    expect(await presence('away')).toEqual({ status: 'away', effective: 'away', agentsOnline: 0 })
    await first.socket.next({ type: 'availability', agentsOnline: 0 }, 5000, from)
    expect((await help(second)).estimatedWaitSeconds).toBeNull()
    from = first.socket.messages.length
    expect(await presence('online')).toMatchObject({ effective: 'online', agentsOnline: 1 })
    await first.socket.next({ type: 'availability', agentsOnline: 1 }, 5000, from)

    // A second console (on A this time); closing the first leaves the agent online.
    const console2 = await wsClient(wsUrl(a), { ...staff, origin: a })
    await console2.next({ type: 'hello' })
    console1.close()
    await new Promise((r) => setTimeout(r, 1500))
    expect(await availability()).toBe(1)
    // The last console closes: offline at once, on every instance.
    from = first.socket.messages.length
    console2.close()
    await first.socket.next({ type: 'availability', agentsOnline: 0 }, 5000, from)
    expect(await presence()).toEqual({ status: 'online', effective: 'offline', agentsOnline: 0 })

    // A console on B, and B killed: no close ever comes, yet A finds the agent gone within a few
    // presence rounds and tells the customers.
    const console3 = await wsClient(wsUrl(b), staff)
    await console3.next({ type: 'hello' })
    await first.socket.next({ type: 'availability', agentsOnline: 1 }, 5000, from)
    expect(await availability()).toBe(1)
    from = first.socket.messages.length
    servers[1]?.child.kill('SIGKILL')
    const killedAt = Date.now()
    await first.socket.next({ type: 'availability', agentsOnline: 0 }, 15_000, from)
    console.log(`agent offline ${Date.now() - killedAt} ms after their instance was killed`)
    expect(await availability()).toBe(0)
    expect((await help(first)).estimatedWaitSeconds).toBeNull()
    for (const c of customers) c.socket.close()
  }, 90_000)
})
