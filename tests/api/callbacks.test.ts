import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'

/**
 * Callback requests: the customer's form is checked field by field, the request carries the
 * repair's whole context to the agents' callbacks list, one agent takes it and records its result
 * as a call is closed. In-process app on an embedded database.
 */
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

const hour = 3600_000

async function customer(app = t) {
  const s = await ok(
    await app.api.api.sessions.$post({
      json: { procedureId, mode: 'immersive-ar', serial: 'SN7' },
    }),
  )
  const auth = { authorization: `Bearer ${s.token}` }
  const steps = s.procedure.steps.map((x) => x.id)
  const request = (over: Record<string, unknown> = {}) => ({
    stepId: steps[1],
    timeOnStepMs: 42_000,
    path: steps.slice(0, 2),
    mode: 'immersive-ar',
    name: 'Ann Example',
    phone: '+44 20 7946 0958',
    email: '',
    windowStart: new Date(Date.now() + hour).toISOString(),
    windowEnd: new Date(Date.now() + 3 * hour).toISOString(),
    timeZone: 'Europe/London',
    consent: true,
    ...over,
  })
  const leave = (over?: Record<string, unknown>) =>
    client(app.app).post(`/api/sessions/${s.id}/callback`, request(over), auth)
  return { ...s, auth, steps, leave }
}

type Fields = { error: { code: string; fields: Record<string, string[]> } }
type Listed = {
  callbacks: {
    id: string
    sessionId: string
    status: string
    name: string
    phone: string | null
    email: string | null
    agentId: string | null
    context: Record<string, unknown>
  }[]
}

describe('callback requests', () => {
  it('say what is wrong with every field, and keep nothing', async () => {
    const c = await customer()
    const bad = await c.leave({
      name: '  ',
      phone: 'call me',
      email: 'ann@',
      consent: false,
      windowStart: new Date(Date.now() - 5 * hour).toISOString(),
      windowEnd: new Date(Date.now() - 3 * hour).toISOString(),
    })
    expect(bad.status).toBe(400)
    expect((bad.json as Fields).error.fields).toEqual({
      name: ['Enter your name.'],
      phone: ['Enter a phone number such as +44 20 7946 0958.'],
      email: ['Enter an email address such as ann@example.com.'],
      windowStart: ['Choose a time window that has not passed, within the next two weeks.'],
      consent: ['Tick the box to agree that we call or email you.'],
    })
    const noContact = await c.leave({ phone: '', email: '' })
    expect((noContact.json as Fields).error.fields).toEqual({
      phone: ['Give a phone number or an email address.'],
    })
    const noConsent = await c.leave({ consent: undefined })
    expect(noConsent.status).toBe(400)
    expect(Object.keys((noConsent.json as Fields).error.fields)).toEqual(['consent'])
    const mine = await client(t.app).get(`/api/sessions/${c.id}/callback`, c.auth)
    expect(mine.json).toEqual({ callback: null })
    const listed = (await agentA.get('/api/agent/callbacks')).json as Listed
    expect(listed.callbacks.some((x) => x.sessionId === c.id)).toBe(false)
  })

  it('carry the repair context to the agents, take the customer out of the queue, and come once', async () => {
    const c = await customer()
    const asked = await client(t.app).post(
      `/api/sessions/${c.id}/escalation`,
      { stepId: c.steps[1], timeOnStepMs: 40_000, path: c.steps.slice(0, 2), mode: 'immersive-ar' },
      c.auth,
    )
    expect(asked.status).toBe(201)
    const left = await c.leave({ email: 'ann@example.com' })
    expect(left.status).toBe(201)
    const id = (left.json as { callback: { id: string } }).callback.id
    expect(left.json).toMatchObject({
      callback: { id, status: 'open', name: 'Ann Example', email: 'ann@example.com' },
    })
    // Asking again returns the same request.
    const again = await c.leave({ name: 'Someone Else' })
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ callback: { id, name: 'Ann Example' } })
    // The live request left the queue: the call back replaces the wait.
    const help = await client(t.app).get(`/api/sessions/${c.id}/escalation`, c.auth)
    expect(help.json).toMatchObject({ escalation: null })
    const queue = (await agentA.get('/api/agent/queue')).json as {
      escalations: { sessionId: string }[]
    }
    expect(queue.escalations.some((e) => e.sessionId === c.id)).toBe(false)

    const listed = (await agentA.get('/api/agent/callbacks')).json as Listed
    const entry = listed.callbacks.find((x) => x.id === id)
    expect(entry).toMatchObject({
      status: 'open',
      name: 'Ann Example',
      phone: '+44 20 7946 0958',
      email: 'ann@example.com',
      context: {
        procedureId,
        version: 1,
        stepId: c.steps[1],
        stepIndex: 2,
        timeOnStepMs: 42_000,
        path: c.steps.slice(0, 2),
        mode: 'immersive-ar',
        serial: 'SN7',
        productName: expect.any(String),
        procedureTitle: expect.any(String),
        stepTitle: expect.any(String),
      },
    })
  })

  it('are taken by one agent, whose result settles the outcome, and then leave the list', async () => {
    const c = await customer()
    const id = ((await c.leave()).json as { callback: { id: string } }).callback.id
    // Nothing to record before it is taken.
    const early = await agentA.post(
      `/api/agent/callbacks/${id}/close`,
      { resolution: 'resolved' },
      agentA.csrf(),
    )
    expect(early.status).toBe(403)
    const [a, b] = await Promise.all([
      agentA.post(`/api/agent/callbacks/${id}/claim`, {}, agentA.csrf()),
      agentB.post(`/api/agent/callbacks/${id}/claim`, {}, agentB.csrf()),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const [winner, loser] = a.status === 200 ? [agentA, agentB] : [agentB, agentA]
    expect((a.status === 409 ? a : b).json).toMatchObject({ error: { code: 'already_taken' } })
    const mine = await client(t.app).get(`/api/sessions/${c.id}/callback`, c.auth)
    expect(mine.json).toMatchObject({ callback: { id, status: 'claimed' } })

    const notMine = await loser.post(
      `/api/agent/callbacks/${id}/close`,
      { resolution: 'resolved' },
      loser.csrf(),
    )
    expect(notMine.status).toBe(403)
    const badResolution = await winner.post(
      `/api/agent/callbacks/${id}/close`,
      { resolution: 'maybe' },
      winner.csrf(),
    )
    expect(badResolution.status).toBe(400)
    const done = await winner.post(
      `/api/agent/callbacks/${id}/close`,
      { resolution: 'dispatch_technician', notes: 'Booked a visit for Friday' },
      winner.csrf(),
    )
    expect(done.json).toEqual({
      callback: { id, status: 'done', resolution: 'dispatch_technician' },
    })
    expect((await client(t.app).get(`/api/sessions/${c.id}`, c.auth)).json).toMatchObject({
      outcome: 'escalated',
    })
    const listed = (await winner.get('/api/agent/callbacks')).json as Listed
    expect(listed.callbacks.some((x) => x.id === id)).toBe(false)
    const twice = await winner.post(
      `/api/agent/callbacks/${id}/close`,
      { resolution: 'resolved' },
      winner.csrf(),
    )
    expect(twice.status).toBe(409)
  })

  it('are rate limited per client address', async () => {
    const limited = await makeTestApp({
      env: { RATE_LIMIT: '1', RATE_CALLBACKS_PER_MINUTE: '2', RATE_SESSIONS_PER_MINUTE: '100' },
    })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 3; i++) statuses.push((await (await customer(limited)).leave()).status)
      expect(statuses).toEqual([201, 201, 429])
    } finally {
      await limited.close()
    }
  })
})
