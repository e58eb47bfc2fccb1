import { createHmac } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webhookDeliveries } from '../../server/db/schema'
import { type WebhookPayload, WebhookPayloadSchema } from '../../server/domain/webhooks'
import { sweepAbandoned } from '../../server/services/sessions'
import { DeliveryWorker, pruneDeliveries } from '../../server/webhooks/worker'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'
import { type Received, startReceiver } from '../helpers/webhook-receiver'

let t: TestApp
let admin: ReturnType<typeof client>
let agent: ReturnType<typeof client>
let worker: DeliveryWorker
let procedureId: string

beforeAll(async () => {
  t = await makeTestApp({
    env: {
      WEBHOOK_POLL_MS: '40',
      WEBHOOK_RETRY_BASE_MS: '60',
      WEBHOOK_RETRY_MAX_MS: '200',
      WEBHOOK_TIMEOUT_MS: '2000',
      PUBLIC_URL: 'https://repair.example.com',
    },
  })
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
  admin = client(t.app)
  await admin.post('/api/auth/login', await addStaff(t, 'admin'))
  agent = client(t.app)
  await agent.post('/api/auth/login', await addStaff(t, 'agent'))
  worker = new DeliveryWorker(t.database.db, t.deps.env).start()
})
afterAll(async () => {
  await worker.stop()
  await t.close()
})

type Endpoint = { endpoint: { id: string }; secret: string }
async function addEndpoint(url: string, events: string[] = []) {
  const res = await admin.post('/api/studio/webhooks', { url, events }, admin.csrf())
  expect(res.status).toBe(201)
  return res.json as Endpoint
}
const disable = (id: string) =>
  admin.send('PATCH', `/api/studio/webhooks/${id}`, { enabled: false }, admin.csrf())

async function customer(serial = 'SN-42') {
  const s = await ok(
    await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline', serial } }),
  )
  const auth = { authorization: `Bearer ${s.token}` }
  const steps = s.procedure.steps.map((x) => x.id)
  return { ...s, auth, steps }
}

/** The payload as a receiver reads it: verified with the reference verifier, then parsed. */
function verified(secret: string, r: Received): WebhookPayload {
  const headers = {
    'webhook-id': String(r.headers['webhook-id']),
    'webhook-timestamp': String(r.headers['webhook-timestamp']),
    'webhook-signature': String(r.headers['webhook-signature']),
  }
  return WebhookPayloadSchema.parse(new Webhook(secret).verify(r.body, headers))
}

describe('signed webhooks', () => {
  it('a "not fixed" answer reaches the receiver signed as Standard Webhooks says', async () => {
    const receiver = await startReceiver()
    const { endpoint, secret } = await addEndpoint(receiver.url)
    expect(secret).toMatch(/^whsec_/)
    const c = await customer()
    expect(
      (await client(t.app).post(`/api/sessions/${c.id}/outcome`, { outcome: 'not_fixed' }, c.auth))
        .status,
    ).toBe(200)
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(1)
    const r = receiver.received[0] as Received
    const payload = verified(secret, r)
    expect(payload.type).toBe('session.completed')
    if (payload.type !== 'session.completed') throw new Error('unreachable')
    expect(payload.data).toMatchObject({
      outcome: 'not_fixed',
      source: 'customer',
      session: {
        id: c.id,
        procedureId,
        version: 1,
        serial: 'SN-42',
        url: `https://repair.example.com/studio/analytics/${procedureId}?version=1&session=${c.id}`,
      },
    })
    // Independently of the library: v1 = base64 HMAC-SHA256 of "id.timestamp.body" under the key.
    const key = Buffer.from(secret.slice('whsec_'.length), 'base64')
    const mac = createHmac('sha256', key)
      .update(`${r.headers['webhook-id']}.${r.headers['webhook-timestamp']}.${r.body}`)
      .digest('base64')
    expect(String(r.headers['webhook-signature']).split(' ')).toContain(`v1,${mac}`)
    // A tampered body or another secret does not verify.
    expect(() => verified(secret, { ...r, body: r.body.replace('not_fixed', 'fixed') })).toThrow()
    const other = await addEndpoint('https://other.example.com/x')
    expect(() => verified(other.secret, r)).toThrow()
    await disable(other.endpoint.id)
    await disable(endpoint.id)
    await receiver.close()
  })

  it('a session left without an answer is announced once as abandoned by the idle sweep', async () => {
    const receiver = await startReceiver()
    const { endpoint, secret } = await addEndpoint(receiver.url, ['session.completed'])
    const c = await customer('SN-IDLE')
    // An hour on: the sweep (ABANDON_AFTER_MINUTES) finds it idle; a second sweep finds nothing.
    const later = new Date(Date.now() + 3_600_000)
    expect(await sweepAbandoned(t.database.db, 60_000, later, t.deps.env)).toBeGreaterThanOrEqual(1)
    expect(await sweepAbandoned(t.database.db, 60_000, later, t.deps.env)).toBe(0)
    await expect
      .poll(() => receiver.received.filter((r) => r.body.includes(c.id)).length, { timeout: 5000 })
      .toBe(1)
    const mine = receiver.received.find((r) => r.body.includes(c.id)) as Received
    const payload = verified(secret, mine)
    expect(payload.type).toBe('session.completed')
    if (payload.type !== 'session.completed') throw new Error('unreachable')
    expect(payload.data).toMatchObject({
      outcome: 'abandoned',
      source: 'idle',
      session: { id: c.id, serial: 'SN-IDLE' },
    })
    await disable(endpoint.id)
    await receiver.close()
  })

  it('a receiver that fails three times then succeeds gets the event exactly once by its id', async () => {
    const processed = new Map<string, number>()
    const receiver = await startReceiver((i, r) => {
      if (i < 3) return 503
      const id = String(r.headers['webhook-id'])
      processed.set(id, (processed.get(id) ?? 0) + 1)
      return 200
    })
    const { endpoint, secret } = await addEndpoint(receiver.url, ['session.completed'])
    const c = await customer()
    await client(t.app).post(`/api/sessions/${c.id}/outcome`, { outcome: 'fixed' }, c.auth)
    // The same answer again is the same fact: no second event.
    await client(t.app).post(`/api/sessions/${c.id}/outcome`, { outcome: 'fixed' }, c.auth)
    await expect.poll(() => processed.size, { timeout: 10_000 }).toBe(1)
    // Nothing more arrives once it was accepted.
    await new Promise((r) => setTimeout(r, 600))
    expect(receiver.received.map((r) => r.status)).toEqual([503, 503, 503, 200])
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']))
    expect(ids.size).toBe(1)
    expect([...processed.values()]).toEqual([1])
    for (const r of receiver.received) expect(verified(secret, r).type).toBe('session.completed')
    // Backoff: each wait at least as long as the one before (±10% jitter on 60, 120, 200 ms).
    const gaps = receiver.received
      .slice(1)
      .map((r, i) => r.at - (receiver.received[i] as Received).at)
    expect(gaps[0]).toBeGreaterThanOrEqual(50)
    expect(gaps[2]).toBeGreaterThanOrEqual(170)

    // The delivery log says so, and "send again" sends the same id once more.
    const log = await admin.get(`/api/studio/webhooks/deliveries?endpoint=${endpoint.id}`)
    expect(log.status).toBe(200)
    const [delivery] = (
      log.json as {
        deliveries: {
          id: string
          state: string
          attempts: number
          lastStatus: number
          eventId: string
        }[]
      }
    ).deliveries
    expect(delivery).toMatchObject({ state: 'delivered', attempts: 4, lastStatus: 200 })
    expect(delivery?.eventId).toBe([...ids][0])
    const again = await admin.post(
      `/api/studio/webhooks/deliveries/${delivery?.id}/resend`,
      {},
      admin.csrf(),
    )
    expect(again.status).toBe(200)
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(5)
    expect(receiver.received[4]?.headers['webhook-id']).toBe(delivery?.eventId)
    // The receiver's own deduplication keeps it processed once.
    expect(processed.get(String(delivery?.eventId))).toBe(2)
    await disable(endpoint.id)
    await receiver.close()
  })

  it('escalations: requested, accepted and closed (resolution, notes) go only to endpoints that want them', async () => {
    const receiver = await startReceiver()
    const escalationsOnly = await addEndpoint(receiver.url, [
      'escalation.requested',
      'escalation.accepted',
      'escalation.closed',
    ])
    const c = await customer('SN-77')
    const asked = await client(t.app).post(
      `/api/sessions/${c.id}/escalation`,
      {
        stepId: c.steps[1],
        timeOnStepMs: 42_000,
        path: c.steps.slice(0, 2),
        mode: 'inline',
        note: 'The lid sticks',
      },
      c.auth,
    )
    expect(asked.status).toBe(201)
    const escalationId = (asked.json as { escalation: { id: string } }).escalation.id
    expect(
      (await agent.post(`/api/agent/escalations/${escalationId}/accept`, {}, agent.csrf())).status,
    ).toBe(200)
    const closed = await agent.post(
      `/api/agent/escalations/${escalationId}/close`,
      { resolution: 'dispatch_technician', notes: 'Pump worn; technician booked.' },
      agent.csrf(),
    )
    expect(closed.status).toBe(200)
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(3)
    await new Promise((r) => setTimeout(r, 300))
    const payloads = receiver.received.map((r) => verified(escalationsOnly.secret, r))
    // session.completed (the agent settled the outcome) was filtered out for this endpoint.
    expect(payloads.map((p) => p.type).sort()).toEqual([
      'escalation.accepted',
      'escalation.closed',
      'escalation.requested',
    ])
    const closedEvent = payloads.find((p) => p.type === 'escalation.closed')
    expect(closedEvent?.data).toMatchObject({
      escalation: {
        id: escalationId,
        resolution: 'dispatch_technician',
        notes: 'Pump worn; technician booked.',
        note: 'The lid sticks',
        stepId: c.steps[1],
        timeOnStepMs: 42_000,
        agent: { name: expect.any(String) },
      },
      session: { id: c.id, serial: 'SN-77', path: c.steps.slice(0, 2), outcome: 'escalated' },
    })
    await disable(escalationsOnly.endpoint.id)
    await receiver.close()
  })

  it('a callback request sends callback.requested with the contact, the window and the session', async () => {
    const receiver = await startReceiver()
    const wants = await addEndpoint(receiver.url, ['callback.requested'])
    const c = await customer('SN-81')
    const hour = 3_600_000
    const windowStart = new Date(Date.now() + hour).toISOString()
    const left = await client(t.app).post(
      `/api/sessions/${c.id}/callback`,
      {
        stepId: c.steps[1],
        timeOnStepMs: 5000,
        path: c.steps.slice(0, 2),
        mode: 'inline',
        name: 'Ann Example',
        phone: '+44 20 7946 0958',
        email: '',
        windowStart,
        windowEnd: new Date(Date.now() + 3 * hour).toISOString(),
        timeZone: 'Europe/London',
        consent: true,
      },
      c.auth,
    )
    expect(left.status).toBe(201)
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(1)
    const [event] = receiver.received.map((r) => verified(wants.secret, r))
    expect(event?.type).toBe('callback.requested')
    expect(event?.data).toMatchObject({
      callback: {
        contact: 'Ann Example, +44 20 7946 0958',
        preferredAt: windowStart,
        note: expect.stringContaining('Europe/London'),
      },
      session: { id: c.id, serial: 'SN-81' },
    })
    await disable(wants.endpoint.id)
    await receiver.close()
  })

  it('publishing a procedure version sends procedure.published; a rotated secret signs from then on', async () => {
    const receiver = await startReceiver()
    const { endpoint, secret: oldSecret } = await addEndpoint(receiver.url, ['procedure.published'])
    const reveal = await admin.get(`/api/studio/webhooks/${endpoint.id}/secret`)
    expect(reveal.json).toEqual({ secret: oldSecret })
    const rotated = await admin.post(`/api/studio/webhooks/${endpoint.id}/secret`, {}, admin.csrf())
    const newSecret = (rotated.json as { secret: string }).secret
    expect(newSecret).toMatch(/^whsec_/)
    expect(newSecret).not.toBe(oldSecret)

    const author = client(t.app)
    await author.post('/api/auth/login', await addStaff(t, 'author'))
    const s = (await author.get(`/api/studio/procedures/${procedureId}`)).json as {
      draft: { title: string } | null
      revision: number
      latestVersion: number
    }
    const draft =
      s.draft ??
      (
        (await author.get(`/api/studio/procedures/${procedureId}/versions/${s.latestVersion}`))
          .json as {
          procedure: { title: string }
        }
      ).procedure
    const saved = await author.send(
      'PUT',
      `/api/studio/procedures/${procedureId}/draft`,
      { draft: { ...draft, title: `${draft.title} (revised)` }, baseRevision: s.revision },
      author.csrf(),
    )
    const revision = (saved.json as { revision: number }).revision
    const published = await author.post(
      `/api/studio/procedures/${procedureId}/publish`,
      { changeNote: 'Clearer title', baseRevision: revision },
      author.csrf(),
    )
    expect(published.status).toBe(201)
    await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(1)
    const r = receiver.received[0] as Received
    expect(() => verified(oldSecret, r)).toThrow()
    expect(verified(newSecret, r)).toMatchObject({
      type: 'procedure.published',
      data: {
        procedure: {
          id: procedureId,
          version: 2,
          changeNote: 'Clearer title',
          title: `${draft.title} (revised)`,
        },
      },
    })
    await disable(endpoint.id)
    await receiver.close()
  })

  it('refuses endpoints that are not http(s) with a clear error; a disabled endpoint gets nothing', async () => {
    for (const url of [
      'ftp://example.com/x',
      'javascript:alert(1)',
      'not a url',
      'https://user:pw@example.com/',
    ]) {
      const res = await admin.post('/api/studio/webhooks', { url }, admin.csrf())
      expect(res.status).toBe(400)
      expect(res.json).toMatchObject({
        error: { code: 'invalid_request', fields: { url: [expect.any(String)] } },
      })
    }
    const bad = await admin.post(
      '/api/studio/webhooks',
      { url: 'https://x.example.com', events: ['nope'] },
      admin.csrf(),
    )
    expect(bad.status).toBe(400)

    const receiver = await startReceiver()
    const { endpoint } = await addEndpoint(receiver.url)
    expect((await disable(endpoint.id)).status).toBe(200)
    const c = await customer()
    await client(t.app).post(`/api/sessions/${c.id}/outcome`, { outcome: 'fixed' }, c.auth)
    await new Promise((r) => setTimeout(r, 400))
    expect(receiver.received).toHaveLength(0)
    const list = (await admin.get('/api/studio/webhooks')).json as {
      endpoints: { id: string; enabled: boolean }[]
    }
    expect(list.endpoints.find((e) => e.id === endpoint.id)?.enabled).toBe(false)
    expect(
      (await admin.send('DELETE', `/api/studio/webhooks/${endpoint.id}`, undefined, admin.csrf()))
        .status,
    ).toBe(200)
    await receiver.close()
  })
})

describe('the delivery log', () => {
  it('forgets finished deliveries after 30 days and keeps pending ones whatever their age', async () => {
    const db = t.database.db
    const before = await db
      .select({ id: webhookDeliveries.id, state: webhookDeliveries.state })
      .from(webhookDeliveries)
    expect(before.some((d) => d.state === 'delivered')).toBe(true)
    await db.update(webhookDeliveries).set({ createdAt: sql`now() - interval '31 days'` })
    const old = before[0]?.id as string
    await db
      .update(webhookDeliveries)
      .set({ state: 'pending' })
      .where(sql`${webhookDeliveries.id} = ${old}`)
    await pruneDeliveries(db)
    const after = await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries)
    expect(after.map((d) => d.id)).toEqual([old])
  })
})
