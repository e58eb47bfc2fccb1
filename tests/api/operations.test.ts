import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EnvError, readEnv } from '../../server/env'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'

const TOKEN = 'operations-metrics-token-0123'
let t: TestApp
let procedureId: string
beforeAll(async () => {
  t = await makeTestApp({ env: { METRICS_TOKEN: TOKEN } })
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
})
afterAll(() => t.close())

const scrape = (authorization?: string) =>
  t.app.request('/metrics', { headers: authorization ? { authorization } : {} })

describe('request ids', () => {
  it('gives every answer an id, and an error answer carries the same one', async () => {
    const good = await t.app.request('/api/health')
    expect(good.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const missing = await t.app.request('/api/products/no-such-product')
    expect(missing.status).toBe(404)
    const id = missing.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(id).not.toBe(good.headers.get('x-request-id'))
    expect(await missing.json()).toMatchObject({
      error: { code: 'product_not_found', requestId: id },
    })
  })

  it("keeps the caller's plain X-Request-Id and replaces one that is not", async () => {
    const mine = 'lb-7f3a9c21.trace:42'
    const kept = await t.app.request('/api/products/nope', { headers: { 'x-request-id': mine } })
    expect(kept.headers.get('x-request-id')).toBe(mine)
    expect(((await kept.json()) as { error: { requestId: string } }).error.requestId).toBe(mine)
    for (const bad of ['short', 'has spaces in it', `x${'y'.repeat(200)}`, 'a"b<script>c']) {
      const res = await t.app.request('/api/health', { headers: { 'x-request-id': bad } })
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    }
  })

  it('puts the id on field errors of a request that did not validate', async () => {
    const res = await client(t.app).post('/api/sessions', { procedureId, mode: 'sideways' })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({
      error: { fields: { mode: expect.any(Array) }, requestId: res.headers.get('x-request-id') },
    })
  })
})

describe('Prometheus metrics behind a token', () => {
  it('refuses a scrape without the token or with a wrong one', async () => {
    for (const auth of [undefined, 'Bearer wrong', `Bearer ${TOKEN}x`, TOKEN]) {
      const res = await scrape(auth)
      expect(res.status).toBe(401)
      expect(await res.text()).not.toMatch(/process_resident_memory_bytes/)
    }
  })

  it("shows Node's own metrics, requests by route, sockets, queue and webhook backlog", async () => {
    // One pending delivery: an admin's endpoint and a customer's answer, with no worker running.
    const admin = client(t.app)
    await admin.post('/api/auth/login', await addStaff(t, 'admin'))
    const added = await admin.post(
      '/api/studio/webhooks',
      { url: 'https://hooks.example.com/fixpoint', events: [] },
      admin.csrf(),
    )
    expect(added.status).toBe(201)
    const s = await ok(await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline' } }))
    const answered = await client(t.app).post(
      `/api/sessions/${s.id}/outcome`,
      { outcome: 'not_fixed' },
      { authorization: `Bearer ${s.token}` },
    )
    expect(answered.status).toBe(200)
    expect((await t.app.request('/api/ready')).status).toBe(200)

    const res = await scrape(`Bearer ${TOKEN}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/)
    const text = await res.text()
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m)
    expect(text).toMatch(/^# TYPE nodejs_gc_duration_seconds histogram$/m)
    expect(text).toMatch(/^process_resident_memory_bytes \d+$/m)
    expect(text).toMatch(
      /^fixpoint_http_requests_total\{method="GET",route="\/api\/ready",status="200"\} 1$/m,
    )
    expect(text).toMatch(
      /^fixpoint_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/ready"\} 1$/m,
    )
    expect(text).toMatch(/^fixpoint_websocket_connections 0$/m)
    expect(text).toMatch(/^fixpoint_queue_waiting 0$/m)
    expect(text).toMatch(/^fixpoint_webhook_deliveries_pending 1$/m)
  })
})

describe('metrics are never public by default', () => {
  it('has no /metrics without METRICS_TOKEN', async () => {
    const plain = await makeTestApp({ catalog: null })
    try {
      expect((await plain.app.request('/metrics')).status).toBe(404)
    } finally {
      await plain.close()
    }
  })

  it('refuses the old METRICS switch and names its successors', () => {
    expect(() => readEnv({ METRICS: '1' })).toThrow(EnvError)
    expect(() => readEnv({ METRICS: '1' })).toThrow(/METRICS_PORT .*METRICS_TOKEN/)
    expect(() => readEnv({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: must be at least 16/)
  })
})
