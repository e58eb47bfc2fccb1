import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverDatabase } from '../helpers/db'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

/**
 * Order and exactly-once across instances: three server processes share only a PostgreSQL
 * database; the agent's socket on one sends a burst of call signals of mixed sizes (most fit a
 * NOTIFY, some travel through the log), and the customer's sockets on all three get every one,
 * once, in the order sent. Then a socket that drops and resumes gets what it missed, once.
 */
const PG = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
const SECRET = 'realtime-order-secret-0123456789abcdef'
const ADMIN = { ADMIN_EMAIL: 'order@example.com', ADMIN_PASSWORD: 'order-password-1' }
const BURST = 1000

const json = (method: string, body?: object, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: body ? JSON.stringify(body) : undefined,
})

/** Sizes from 100 B to 20 KB, spread so small and large messages interleave. */
function padFor(i: number) {
  const sizes = [100, 300, 1_000, 6_500, 7_500, 12_000, 20_000]
  return 'x'.repeat(sizes[(i * 5) % sizes.length] as number)
}

/** Signal number `i`: its number as the connection id, an SDP of its size. */
const signal = (i: number, sdp?: string) => ({
  cid: String(i),
  ...(sdp ? { description: { type: 'offer', sdp } } : {}),
})

describe('realtime order across three instances on PostgreSQL', () => {
  let servers: RunningServer[] = []
  let db: Awaited<ReturnType<typeof serverDatabase>>

  beforeAll(async () => {
    db = await serverDatabase(PG)
    const env = { SESSION_SECRET: SECRET, LOG_REQUESTS: '0', DATABASE_URL: db.url }
    const first = await spawnServer({ ...env, ...ADMIN })
    servers = [
      first,
      ...(await Promise.all([
        spawnServer({ ...env, SEED: '0' }),
        spawnServer({ ...env, SEED: '0' }),
      ])),
    ]
  }, 180_000)
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    await db?.close()
  })

  it('delivers a burst of 1,000 mixed-size messages to every peer once and in order, and resumes a dropped peer', async () => {
    const [a, b, c] = servers.map((s) => s.url) as [string, string, string]
    const products = (await (await fetch(`${a}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const session = (await (
      await fetch(`${b}/api/sessions`, json('POST', { procedureId, mode: 'inline' }))
    ).json()) as { id: string; token: string; procedure: { steps: { id: string }[] } }
    const login = await fetch(
      `${a}/api/auth/login`,
      json('POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    )
    const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
    const csrf = cookies.find((k) => k.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const staff = { cookie: cookies.join('; '), 'x-csrf-token': csrf, origin: a }
    const wsUrl = (base: string) => `${base.replace('http', 'ws')}/api/ws`
    const customerUrl = (base: string) =>
      `${wsUrl(base)}?session=${session.id}&token=${session.token}`

    const agent = await wsClient(wsUrl(a), staff)
    const customers = await Promise.all([a, b, c].map((s) => wsClient(customerUrl(s))))
    for (const w of [agent, ...customers]) await w.next({ type: 'hello' })

    const steps = session.procedure.steps.map((s) => s.id)
    const help = await fetch(
      `${b}/api/sessions/${session.id}/escalation`,
      json(
        'POST',
        { stepId: steps[0], timeOnStepMs: 1000, path: steps.slice(0, 1), mode: 'inline' },
        { authorization: `Bearer ${session.token}` },
      ),
    )
    const escalationId = ((await help.json()) as { escalation: { id: string } }).escalation.id
    expect(
      (await fetch(`${a}/api/agent/escalations/${escalationId}/accept`, json('POST', {}, staff)))
        .status,
    ).toBe(200)
    for (const w of customers) await w.next({ type: 'escalation', status: 'active' }, 10_000)

    const started = performance.now()
    for (let i = 0; i < BURST; i++)
      agent.send({ type: 'signal', escalationId, data: signal(i, padFor(i)) })
    const signalsOf = (w: (typeof customers)[number]) =>
      w.messages
        .filter((m) => m.type === 'signal')
        .map((m) => Number((m.data as { cid: string }).cid))
    for (const w of customers) {
      const deadline = Date.now() + 120_000
      while (signalsOf(w).length < BURST && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50))
    }
    const elapsed = performance.now() - started
    console.log(`burst of ${BURST} messages through 3 instances: ${Math.round(elapsed)} ms`)
    const expected = Array.from({ length: BURST }, (_, i) => i)
    for (const w of customers) expect(signalsOf(w)).toEqual(expected)
    // Payloads arrive whole, large or small.
    const big = customers[1]?.messages.find(
      (m) => m.type === 'signal' && (m.data as { cid: string }).cid === '5',
    )
    expect(big?.data).toEqual(signal(5, padFor(5)))

    // A customer's socket drops; while it is away the agent sends 20 more; it comes back on
    // another instance with the last number it saw and gets exactly the 20 it missed.
    const dropped = customers[2]
    const seen = dropped?.messages.filter((m) => m.channel === `session:${session.id}`)
    const last = seen?.at(-1)?.seq
    expect(typeof last).toBe('number')
    dropped?.close()
    for (let i = BURST; i < BURST + 20; i++)
      agent.send({ type: 'signal', escalationId, data: signal(i, padFor(i)) })
    await customers[0]?.next({ type: 'signal', from: 'agent' })
    while ((signalsOf(customers[0] as (typeof customers)[number]).length ?? 0) < BURST + 20)
      await new Promise((r) => setTimeout(r, 50))
    const back = await wsClient(
      `${customerUrl(a)}&resume=${encodeURIComponent(JSON.stringify({ [`session:${session.id}`]: last }))}`,
    )
    await back.next({ type: 'hello' })
    const deadline = Date.now() + 10_000
    while (signalsOf(back).length < 20 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50))
    // A last live message after the replay shows nothing more was coming twice.
    agent.send({ type: 'signal', escalationId, data: signal(BURST + 20) })
    while (signalsOf(back).length < 21 && Date.now() < deadline + 10_000)
      await new Promise((r) => setTimeout(r, 50))
    expect(signalsOf(back)).toEqual(Array.from({ length: 21 }, (_, i) => BURST + i))
    for (const w of [agent, back, ...customers]) w.close()
  }, 240_000)
})
