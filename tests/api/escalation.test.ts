import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'

let t: TestApp
let agentA: ReturnType<typeof client>
let agentB: ReturnType<typeof client>
let procedureId: string
beforeAll(async () => {
  t = await makeTestApp()
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
  agentA = client(t.app)
  await agentA.post('/api/auth/login', await addStaff(t, 'agent', 'a@example.com'))
  agentB = client(t.app)
  await agentB.post('/api/auth/login', await addStaff(t, 'agent', 'b@example.com'))
})
afterAll(() => t.close())

async function customer() {
  const s = await ok(
    await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline', serial: 'SN9' } }),
  )
  const auth = { authorization: `Bearer ${s.token}` }
  const steps = s.procedure.steps.map((x) => x.id)
  const ask = () =>
    client(t.app).post(
      `/api/sessions/${s.id}/escalation`,
      { stepId: steps[2], timeOnStepMs: 95_000, path: steps.slice(0, 3), mode: 'inline' },
      auth,
    )
  return { ...s, auth, steps, ask }
}

describe('escalation', () => {
  it('asking for help queues the full context; asking again returns the same request', async () => {
    const c = await customer()
    const first = await c.ask()
    expect(first.status).toBe(201)
    expect(first.json).toMatchObject({ escalation: { status: 'waiting' }, position: 1 })
    // No agent console is open: no estimate, and the customer is told nobody is online.
    expect(first.json).toMatchObject({ estimatedWaitSeconds: null, agentsOnline: 0 })
    const again = await c.ask()
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({
      escalation: { id: (first.json as { escalation: { id: string } }).escalation.id },
    })
    const queue = await agentA.get('/api/agent/queue')
    expect(queue.status).toBe(200)
    const entry = (
      queue.json as { escalations: { sessionId: string; context: object }[] }
    ).escalations.find((e) => e.sessionId === c.id)
    expect(entry?.context).toMatchObject({
      procedureId,
      version: 1,
      stepId: c.steps[2],
      stepIndex: 3,
      timeOnStepMs: 95_000,
      path: c.steps.slice(0, 3),
      mode: 'inline',
      serial: 'SN9',
    })
    // Cancelled requests leave the queue.
    const cancel = await client(t.app).send(
      'DELETE',
      `/api/sessions/${c.id}/escalation`,
      undefined,
      c.auth,
    )
    expect(cancel.status).toBe(200)
    const after = (await agentA.get('/api/agent/queue')).json as {
      escalations: { sessionId: string }[]
    }
    expect(after.escalations.some((e) => e.sessionId === c.id)).toBe(false)
  })

  it('exactly one of two agents accepting at once wins; the other gets 409', async () => {
    const c = await customer()
    const id = ((await c.ask()).json as { escalation: { id: string } }).escalation.id
    const [a, b] = await Promise.all([
      agentA.post(`/api/agent/escalations/${id}/accept`, {}, agentA.csrf()),
      agentB.post(`/api/agent/escalations/${id}/accept`, {}, agentB.csrf()),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const loser = a.status === 409 ? a : b
    expect(loser.json).toMatchObject({ error: { code: 'already_taken' } })
    const state = await client(t.app).get(`/api/sessions/${c.id}/escalation`, c.auth)
    expect(state.json).toMatchObject({ escalation: { status: 'active' }, position: 0 })
  })

  it('only the assigned agent closes; the resolution settles the outcome', async () => {
    const c = await customer()
    const id = ((await c.ask()).json as { escalation: { id: string } }).escalation.id
    expect(
      (await agentA.post(`/api/agent/escalations/${id}/accept`, {}, agentA.csrf())).status,
    ).toBe(200)
    const detail = await agentA.get(`/api/agent/escalations/${id}`)
    expect(detail.json).toMatchObject({
      procedure: { id: procedureId },
      timeline: expect.any(Array),
    })
    const notMine = await agentB.post(
      `/api/agent/escalations/${id}/close`,
      { resolution: 'resolved' },
      agentB.csrf(),
    )
    expect(notMine.status).toBe(403)
    const bad = await agentA.post(
      `/api/agent/escalations/${id}/close`,
      { resolution: 'maybe' },
      agentA.csrf(),
    )
    expect(bad.status).toBe(400)
    const closed = await agentA.post(
      `/api/agent/escalations/${id}/close`,
      { resolution: 'resolved', notes: 'Reseated the filter' },
      agentA.csrf(),
    )
    expect(closed.json).toEqual({ escalation: { id, status: 'closed', resolution: 'resolved' } })
    expect((await client(t.app).get(`/api/sessions/${c.id}`, c.auth)).json).toMatchObject({
      outcome: 'fixed',
      escalation: { id, status: 'closed' },
    })
    expect(
      (
        await agentA.post(
          `/api/agent/escalations/${id}/close`,
          { resolution: 'resolved' },
          agentA.csrf(),
        )
      ).status,
    ).toBe(409)
  })

  it('keeps the queue for agents and admins, and help requests for the session token', async () => {
    expect((await client(t.app).get('/api/agent/queue')).status).toBe(401)
    const author = client(t.app)
    await author.post('/api/auth/login', await addStaff(t, 'author'))
    expect((await author.get('/api/agent/queue')).status).toBe(403)
    const c = await customer()
    const other = await customer()
    const res = await client(t.app).post(
      `/api/sessions/${c.id}/escalation`,
      { stepId: c.steps[0], timeOnStepMs: 1, path: [], mode: 'inline' },
      other.auth,
    )
    expect(res.status).toBe(403)
    expect(
      (await agentA.post(`/api/agent/escalations/${crypto.randomUUID()}/accept`, {}, agentA.csrf()))
        .status,
    ).toBe(404)
  })
})
