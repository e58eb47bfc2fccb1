import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'

const METRICS = 'security-metrics-token-0123'
let t: TestApp
let procedureId: string
beforeAll(async () => {
  t = await makeTestApp({
    env: { RATE_LIMIT: '1', RATE_SESSIONS_PER_MINUTE: '5', METRICS_TOKEN: METRICS },
  })
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
})
afterAll(() => t.close())

describe('secure headers', () => {
  it('allow only our own origin, no framing, camera/microphone/XR for us only', async () => {
    const res = await t.app.request('/api/health')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toMatch(/default-src 'self'/)
    expect(csp).toMatch(/frame-ancestors 'none'/)
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/)
    expect(csp).not.toMatch(/https?:/)
    expect(res.headers.get('permissions-policy')).toBe(
      'camera=(self), microphone=(self), xr-spatial-tracking=(self), geolocation=(), payment=()',
    )
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    // Plain HTTP here: no HSTS (it is sent under HTTPS only).
    expect(res.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('abuse limits', () => {
  it('limits session starts per client with 429 and Retry-After', async () => {
    const http = client(t.app)
    const statuses: number[] = []
    for (let i = 0; i < 5; i++)
      statuses.push((await http.post('/api/sessions', { procedureId, mode: 'inline' })).status)
    expect(statuses).toEqual([201, 201, 201, 201, 201])
    // The sixth in the same minute is one too many.
    const limited = await http.post('/api/sessions', { procedureId, mode: 'inline' })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(limited.json).toMatchObject({ error: { code: 'rate_limited' } })
  })

  it('backs off sign-in after repeated failures, even with the right password', async () => {
    const creds = await addStaff(t, 'agent', 'throttled@example.com')
    const http = client(t.app)
    for (let i = 0; i < 4; i++)
      expect(
        (await http.post('/api/auth/login', { ...creds, password: 'wrong-password' })).status,
      ).toBe(401)
    const blocked = await http.post('/api/auth/login', creds)
    expect(blocked.status).toBe(429)
    expect(blocked.json).toMatchObject({ error: { code: 'too_many_attempts' } })
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})

describe('operations', () => {
  it('answers health, readiness and Prometheus metrics', async () => {
    expect((await t.app.request('/api/ready')).status).toBe(200)
    const metrics = await (
      await t.app.request('/metrics', { headers: { authorization: `Bearer ${METRICS}` } })
    ).text()
    expect(metrics).toMatch(
      /fixpoint_http_requests_total\{method="GET",route="\/api\/ready",status="200"\} 1/,
    )
    expect(metrics).toMatch(
      /fixpoint_http_request_duration_seconds_bucket\{le="\+Inf",method="GET",route="\/api\/ready"\} 1/,
    )
    expect(metrics).toMatch(/fixpoint_websocket_connections 0/)
    expect(metrics).toMatch(/fixpoint_queue_waiting \d+/)
  })
})
