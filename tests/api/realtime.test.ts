import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serverDatabase } from '../helpers/db'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

const SECRET = 'realtime-test-secret-0123456789abcdef'
const ADMIN = { ADMIN_EMAIL: 'rt@example.com', ADMIN_PASSWORD: 'rt-password-1' }

/** The first message `ws` has received (or receives within 5 s) that `test` accepts. */
async function arrived(
  ws: Awaited<ReturnType<typeof wsClient>>,
  test: (m: Record<string, unknown>) => boolean,
) {
  const end = Date.now() + 5000
  while (Date.now() < end) {
    const found = ws.messages.find(test)
    if (found) return found
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no such message; got ${JSON.stringify(ws.messages).slice(0, 500)}`)
}

type Setup = {
  name: string
  start: () => Promise<{
    customerSide: RunningServer
    agentSide: RunningServer
    stop: () => Promise<void>
  }>
}

const setups: Setup[] = [
  {
    name: 'one instance on the embedded database',
    start: async () => {
      const s = await spawnServer({ ...ADMIN, SESSION_SECRET: SECRET, LOG_REQUESTS: '0' })
      return { customerSide: s, agentSide: s, stop: async () => void (await s.stop()) }
    },
  },
  ...(process.env.TEST_DATABASE_URL
    ? [
        {
          name: 'two instances sharing only PostgreSQL',
          start: async () => {
            const db = await serverDatabase(process.env.TEST_DATABASE_URL as string)
            const url = db.url
            const env = { SESSION_SECRET: SECRET, LOG_REQUESTS: '0', DATABASE_URL: url }
            const a = await spawnServer({ ...env, ...ADMIN })
            const b = await spawnServer({ ...env, SEED: '0' })
            return {
              customerSide: a,
              agentSide: b,
              stop: async () => {
                await Promise.all([a.stop(), b.stop()])
                await db.close()
              },
            }
          },
        },
      ]
    : []),
]

const json = (method: string, body?: object, headers: Record<string, string> = {}) => ({
  method,
  headers: { 'content-type': 'application/json', ...headers },
  body: body ? JSON.stringify(body) : undefined,
})

describe.each(setups)('realtime escalation: $name', ({ start }) => {
  let env: Awaited<ReturnType<Setup['start']>>
  beforeAll(async () => {
    env = await start()
  }, 90_000)
  afterAll(async () => {
    await env?.stop()
  })

  it('delivers queue updates, acceptance and call signals between customer and agent', async () => {
    const cs = env.customerSide.url
    const as = env.agentSide.url
    await fetch(`${as}/api/health`)
    const products = (await (await fetch(`${cs}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const start = async () =>
      (await (
        await fetch(`${cs}/api/sessions`, json('POST', { procedureId, mode: 'inline' }))
      ).json()) as {
        id: string
        token: string
        procedure: { steps: { id: string }[] }
      }
    const session = await start()
    const stranger = await start()
    const login = await fetch(
      `${as}/api/auth/login`,
      json('POST', { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    )
    expect(login.status).toBe(200)
    const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] as string)
    const csrf = cookies.find((c) => c.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const staff = { cookie: cookies.join('; '), 'x-csrf-token': csrf, origin: as }

    const wsUrl = (base: string) => `${base.replace('http', 'ws')}/api/ws`
    const agentWs = await wsClient(wsUrl(as), staff)
    await agentWs.next({ type: 'hello' })
    const customerWs = await wsClient(`${wsUrl(cs)}?session=${session.id}&token=${session.token}`)
    await customerWs.next({ type: 'hello' })
    const strangerWs = await wsClient(`${wsUrl(cs)}?session=${stranger.id}&token=${stranger.token}`)
    await strangerWs.next({ type: 'hello' })

    // Help on step 3 reaches the agent's socket on the other instance.
    const steps = session.procedure.steps.map((s) => s.id)
    const help = await fetch(
      `${cs}/api/sessions/${session.id}/escalation`,
      json(
        'POST',
        { stepId: steps[2], timeOnStepMs: 40_000, path: steps.slice(0, 3), mode: 'inline' },
        { authorization: `Bearer ${session.token}` },
      ),
    )
    expect(help.status).toBe(201)
    const escalationId = ((await help.json()) as { escalation: { id: string } }).escalation.id
    await agentWs.next({ type: 'queue_changed', escalationId })
    await customerWs.next({ type: 'queue_position', escalationId })
    const queue = (await (await fetch(`${as}/api/agent/queue`, { headers: staff })).json()) as {
      escalations: { id: string; context: { stepId: string } }[]
    }
    expect(queue.escalations.find((e) => e.id === escalationId)?.context.stepId).toBe(steps[2])

    // Accepting tells the customer; then signals, marks and step moves pass both ways.
    const accept = await fetch(
      `${as}/api/agent/escalations/${escalationId}/accept`,
      json('POST', {}, staff),
    )
    expect(accept.status).toBe(200)
    await customerWs.next({ type: 'escalation', status: 'active' })
    agentWs.send({
      type: 'signal',
      escalationId,
      data: { description: { type: 'offer', sdp: 'x'.repeat(9000) } },
    })
    const offer = await customerWs.next({ type: 'signal', from: 'agent' })
    expect((offer.data as { description: { sdp: string } }).description.sdp).toHaveLength(9000)
    customerWs.send({ type: 'signal', escalationId, data: { candidate: { candidate: 'c1' } } })
    expect((await agentWs.next({ type: 'signal', from: 'customer' })).data).toEqual({
      candidate: { candidate: 'c1' },
    })
    agentWs.send({
      type: 'annotation',
      escalationId,
      mark: { kind: 'point', id: 'm1', x: 0.5, y: 0.25 },
    })
    expect((await customerWs.next({ type: 'annotation' })).mark).toEqual({
      kind: 'point',
      id: 'm1',
      x: 0.5,
      y: 0.25,
    })
    // A point on a frame of the shared AR view carries that frame's number and the ray through
    // it; a ray that is not one is refused. The customer says what their video shows.
    const ray = { origin: [0.1, 1.2, -0.1], direction: [0, -0.6, -0.8] }
    const onFrame = { kind: 'point', id: 'm2', x: 0.4, y: 0.6, frame: 1234, ray }
    agentWs.send({ type: 'annotation', escalationId, mark: onFrame })
    const m2 = await arrived(
      customerWs,
      (m) => (m.mark as { id?: string } | undefined)?.id === 'm2',
    )
    expect(m2.mark).toEqual(onFrame)
    agentWs.send({
      type: 'annotation',
      escalationId,
      mark: { ...onFrame, id: 'm3', ray: { origin: [0, 0], direction: [0, 0, 1] } },
    })
    expect(await agentWs.next({ type: 'error' })).toMatchObject({ code: 'invalid_message' })
    customerWs.send({ type: 'call_state', escalationId, state: 'video', view: 'ar_view' })
    expect(await agentWs.next({ type: 'call_state' })).toMatchObject({
      from: 'customer',
      state: 'video',
      view: 'ar_view',
    })
    agentWs.send({ type: 'goto_step', escalationId, stepId: steps[4] })
    expect((await customerWs.next({ type: 'goto_step' })).stepId).toBe(steps[4])

    // Another session's customer cannot join the call.
    strangerWs.send({ type: 'signal', escalationId, data: { candidate: {} } })
    expect(await strangerWs.next({ type: 'error' })).toMatchObject({ code: 'not_in_call' })
    expect(agentWs.messages.filter((m) => m.type === 'signal')).toHaveLength(1)

    const close = await fetch(
      `${as}/api/agent/escalations/${escalationId}/close`,
      json('POST', { resolution: 'resolved' }, staff),
    )
    expect(close.status).toBe(200)
    await customerWs.next({ type: 'escalation', status: 'closed' })
    for (const c of [agentWs, customerWs, strangerWs]) c.close()
  })
})
