import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverDatabase } from '../helpers/db'
import { type RunningNginx, startNginx } from '../helpers/nginx'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

/**
 * Three instances on one PostgreSQL behind nginx running docs/nginx.conf (the operators' file, with
 * this test's ports): HTTP and WebSocket upgrade through it, a call's signals across, in order.
 */
const PG = process.env.TEST_DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test'
const ADMIN = { ADMIN_EMAIL: 'lb@example.com', ADMIN_PASSWORD: 'lb-password-1' }

const json = (method: string, body?: object, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: body ? JSON.stringify(body) : undefined,
})

describe('three instances behind nginx (docs/nginx.conf)', () => {
  let servers: RunningServer[] = []
  let lb: RunningNginx
  let db: Awaited<ReturnType<typeof serverDatabase>>

  beforeAll(async () => {
    db = await serverDatabase(PG)
    const env = {
      SESSION_SECRET: 'nginx-test-secret-0123456789abcdef',
      LOG_REQUESTS: '0',
      DATABASE_URL: db.url,
      TRUST_PROXY: '1',
    }
    const first = await spawnServer({ ...env, ...ADMIN })
    servers = [
      first,
      ...(await Promise.all([
        spawnServer({ ...env, SEED: '0' }),
        spawnServer({ ...env, SEED: '0' }),
      ])),
    ]
    lb = await startNginx(servers.map((s) => new URL(s.url).host))
  }, 180_000)
  afterAll(async () => {
    await lb?.stop()
    await Promise.all(servers.map((s) => s.stop()))
    await db?.close()
  })

  it('serves the API and upgrades WebSockets; a call passes through it in order', async () => {
    const base = lb.url
    const products = (await (await fetch(`${base}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const session = (await (
      await fetch(`${base}/api/sessions`, json('POST', { procedureId, mode: 'inline' }))
    ).json()) as { id: string; token: string; procedure: { steps: { id: string }[] } }
    const login = await fetch(
      `${base}/api/auth/login`,
      json('POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    )
    expect(login.status).toBe(200)
    const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
    const csrf = cookies.find((k) => k.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const staff = { cookie: cookies.join('; '), 'x-csrf-token': csrf, origin: base }
    const ws = `${base.replace('http', 'ws')}/api/ws`

    const agent = await wsClient(ws, staff)
    const customer = await wsClient(`${ws}?session=${session.id}&token=${session.token}`)
    for (const w of [agent, customer]) await w.next({ type: 'hello' })

    const steps = session.procedure.steps.map((s) => s.id)
    const help = await fetch(
      `${base}/api/sessions/${session.id}/escalation`,
      json(
        'POST',
        { stepId: steps[1], timeOnStepMs: 5000, path: steps.slice(0, 2), mode: 'inline' },
        { authorization: `Bearer ${session.token}` },
      ),
    )
    expect(help.status).toBe(201)
    const escalationId = ((await help.json()) as { escalation: { id: string } }).escalation.id
    await agent.next({ type: 'queue_changed', escalationId })
    await customer.next({ type: 'queue_position', escalationId, position: 1 })
    const accept = await fetch(
      `${base}/api/agent/escalations/${escalationId}/accept`,
      json('POST', {}, staff),
    )
    expect(accept.status).toBe(200)
    await customer.next({ type: 'escalation', status: 'active' })

    // An offer too large for a NOTIFY, then candidates right behind it: they arrive after it.
    agent.send({
      type: 'signal',
      escalationId,
      data: { description: { type: 'offer', sdp: 'v'.repeat(12_000) } },
    })
    for (const c of ['c1', 'c2', 'c3'])
      agent.send({ type: 'signal', escalationId, data: { candidate: { candidate: c } } })
    await customer.next({ type: 'signal', from: 'agent' })
    const deadline = Date.now() + 10_000
    const signals = () => customer.messages.filter((m) => m.type === 'signal')
    while (signals().length < 4 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20))
    expect(signals().map((m) => Object.keys(m.data as object)[0])).toEqual([
      'description',
      'candidate',
      'candidate',
      'candidate',
    ])
    for (const w of [agent, customer]) w.close()
  }, 60_000)
})
