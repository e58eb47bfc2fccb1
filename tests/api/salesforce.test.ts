import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DeliveryWorker } from '../../server/webhooks/worker'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'
import { startSalesforceFake } from '../helpers/salesforce-fake'

const CREDS = {
  clientId: '3MVG9-fixpoint-key',
  clientSecret: 'sf-secret-value',
  apiVersion: 'v62.0',
}
let sf: Awaited<ReturnType<typeof startSalesforceFake>>
let t: TestApp
let worker: DeliveryWorker
let agent: ReturnType<typeof client>
let admin: ReturnType<typeof client>
let procedureId: string

beforeAll(async () => {
  sf = await startSalesforceFake(CREDS)
  t = await makeTestApp({
    env: {
      SALESFORCE_LOGIN_URL: sf.url,
      SALESFORCE_CLIENT_ID: CREDS.clientId,
      SALESFORCE_CLIENT_SECRET: CREDS.clientSecret,
      SALESFORCE_API_VERSION: CREDS.apiVersion,
      SALESFORCE_FIELD_MAP: JSON.stringify({
        serial: 'Serial_Number__c',
        sessionId: 'Fixpoint_Session__c',
        step: 'Stuck_Step__c',
        link: 'Fixpoint_Link__c',
        resolution: 'Fixpoint_Resolution__c',
      }),
      PUBLIC_URL: 'https://repair.example.com',
      WEBHOOK_POLL_MS: '40',
      WEBHOOK_RETRY_BASE_MS: '80',
      WEBHOOK_RETRY_MAX_MS: '200',
    },
  })
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
  agent = client(t.app)
  await agent.post('/api/auth/login', await addStaff(t, 'agent'))
  admin = client(t.app)
  await admin.post('/api/auth/login', await addStaff(t, 'admin'))
  worker = new DeliveryWorker(t.database.db, t.deps.env).start()
})
afterAll(async () => {
  await worker.stop()
  await t.close()
  await sf.close()
})

async function customer(serial: string) {
  const s = await ok(
    await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline', serial } }),
  )
  const auth = { authorization: `Bearer ${s.token}` }
  const steps = s.procedure.steps.map((x) => ({ id: x.id, title: x.title }))
  const c = client(t.app)
  const view = (stepId: string) =>
    c.post(
      `/api/sessions/${s.id}/events`,
      {
        events: [
          { id: crypto.randomUUID(), type: 'step_view', at: new Date().toISOString(), stepId },
        ],
      },
      auth,
    )
  return { ...s, auth, steps, http: c, view }
}

describe('Salesforce Service Cloud hand-off', () => {
  it('an escalation opens a Case with the context, and closing it updates the Case after a token expired', async () => {
    const c = await customer('SN-1001')
    const [s1, s2] = c.steps
    if (!s1 || !s2) throw new Error('the procedure needs two steps')
    const asked = await c.http.post(
      `/api/sessions/${c.id}/escalation`,
      {
        stepId: s2.id,
        timeOnStepMs: 61_000,
        path: [s1.id, s2.id],
        mode: 'inline',
        note: 'Cannot open the lid',
      },
      c.auth,
    )
    expect(asked.status).toBe(201)
    await expect.poll(() => sf.cases.size, { timeout: 5000 }).toBe(1)

    // The token request, as documented: form-encoded client credentials at /services/oauth2/token.
    const tokenCall = sf.calls.find((x) => x.path === '/services/oauth2/token')
    expect(tokenCall?.status).toBe(200)
    expect(Object.fromEntries(new URLSearchParams(tokenCall?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: CREDS.clientId,
      client_secret: CREDS.clientSecret,
    })
    const create = sf.calls.find((x) => x.method === 'POST' && x.path.endsWith('/sobjects/Case'))
    expect(create?.path).toBe('/services/data/v62.0/sobjects/Case')
    expect(create?.auth).toMatch(/^Bearer 00D!/)
    const [caseId, opened] = [...sf.cases.entries()][0] as [string, Record<string, unknown>]
    const link = `https://repair.example.com/studio/analytics/${procedureId}?version=1&session=${c.id}`
    expect(opened).toMatchObject({
      Status: 'New',
      Origin: 'Web',
      Serial_Number__c: 'SN-1001',
      Fixpoint_Session__c: c.id,
      Stuck_Step__c: s2.title,
      Fixpoint_Link__c: link,
      Fixpoint_Resolution__c: null,
    })
    expect(opened.Subject).toEqual(expect.stringContaining(c.procedure.title))
    const description = String(opened.Description)
    for (const fact of [
      'SN-1001',
      `${c.procedure.title} (${procedureId}), version 1`,
      `Stuck at: ${s2.title}`,
      `${s1.id} → ${s2.id}`,
      'Cannot open the lid',
      link,
    ])
      expect(description).toContain(fact)

    // Salesforce's session times out; the connector gets a new token once and carries on.
    sf.expireTokens()
    const escalationId = (asked.json as { escalation: { id: string } }).escalation.id
    expect(
      (await agent.post(`/api/agent/escalations/${escalationId}/accept`, {}, agent.csrf())).status,
    ).toBe(200)
    const closed = await agent.post(
      `/api/agent/escalations/${escalationId}/close`,
      { resolution: 'dispatch_technician', notes: 'Hinge cracked; technician on Tuesday.' },
      agent.csrf(),
    )
    expect(closed.status).toBe(200)
    await expect.poll(() => sf.cases.get(caseId)?.Status, { timeout: 5000 }).toBe('Escalated')
    const updated = sf.cases.get(caseId) ?? {}
    expect(updated.Fixpoint_Resolution__c).toBe('dispatch_technician')
    expect(String(updated.Description)).toContain('Hinge cracked; technician on Tuesday.')
    expect(sf.cases.size).toBe(1)
    const patches = sf.calls.filter((x) => x.method === 'PATCH')
    expect(patches.map((p) => [p.path, p.status])).toEqual([
      [`/services/data/v62.0/sobjects/Case/${caseId}`, 401],
      [`/services/data/v62.0/sobjects/Case/${caseId}`, 204],
    ])
    expect(patches[1]?.auth).not.toBe(patches[0]?.auth)
    expect(sf.calls.filter((x) => x.path === '/services/oauth2/token')).toHaveLength(2)
  })

  it('a "not fixed" answer opens a Case; a 5xx from Salesforce is retried and the Case made once', async () => {
    const before = sf.cases.size
    const c = await customer('SN-2002')
    for (const s of c.steps.slice(0, 3)) await c.view(s.id)
    sf.failNext(503)
    const answered = await c.http.post(
      `/api/sessions/${c.id}/outcome`,
      { outcome: 'not_fixed' },
      c.auth,
    )
    expect(answered.status).toBe(200)
    await expect.poll(() => sf.cases.size, { timeout: 5000 }).toBe(before + 1)
    await new Promise((r) => setTimeout(r, 500))
    const mine = [...sf.cases.values()].filter((x) => x.Fixpoint_Session__c === c.id)
    expect(mine).toHaveLength(1)
    expect(mine[0]).toMatchObject({
      Status: 'New',
      Serial_Number__c: 'SN-2002',
      Stuck_Step__c: c.steps[2]?.title,
    })
    expect(String(mine[0]?.Description)).toContain(
      c.steps
        .slice(0, 3)
        .map((s) => s.id)
        .join(' → '),
    )
    expect(String(mine[0]?.Description)).toContain('Outcome: not_fixed')
    const creates = sf.calls.filter((x) => x.method === 'POST' && x.path.endsWith('/sobjects/Case'))
    expect(creates.slice(-2).map((x) => x.status)).toEqual([503, 201])

    // The studio's delivery log shows the hand-off: delivered on the second attempt.
    const log = await admin.get('/api/studio/webhooks/deliveries?endpoint=salesforce')
    const entries = (
      log.json as { deliveries: { type: string; state: string; attempts: number }[] }
    ).deliveries
    expect(entries.find((d) => d.type === 'session.completed')).toMatchObject({
      state: 'delivered',
      attempts: 2,
    })
    // A "fixed" answer is not a case.
    const happy = await customer('SN-3003')
    await happy.http.post(`/api/sessions/${happy.id}/outcome`, { outcome: 'fixed' }, happy.auth)
    await new Promise((r) => setTimeout(r, 400))
    expect([...sf.cases.values()].some((x) => x.Fixpoint_Session__c === happy.id)).toBe(false)
  })
})

describe('Salesforce hand-off order', () => {
  it('a close that overtakes a failing Case create waits for it: one Case, the final status', async () => {
    const c = await customer('SN-4004')
    sf.failNext(503, 503)
    const asked = await c.http.post(
      `/api/sessions/${c.id}/escalation`,
      { stepId: c.steps[0]?.id, timeOnStepMs: 1000, path: [], mode: 'inline' },
      c.auth,
    )
    const escalationId = (asked.json as { escalation: { id: string } }).escalation.id
    await agent.post(`/api/agent/escalations/${escalationId}/accept`, {}, agent.csrf())
    await agent.post(
      `/api/agent/escalations/${escalationId}/close`,
      { resolution: 'resolved', notes: 'Reset fixed it.' },
      agent.csrf(),
    )
    const mine = () => [...sf.cases.values()].filter((x) => x.Fixpoint_Session__c === c.id)
    await expect.poll(() => mine()[0]?.Status, { timeout: 8000 }).toBe('Closed')
    await new Promise((r) => setTimeout(r, 500))
    expect(mine()).toHaveLength(1)
    expect(mine()[0]).toMatchObject({ Fixpoint_Resolution__c: 'resolved' })
    expect(String(mine()[0]?.Description)).toContain('Reset fixed it.')
  })
})
