import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, runServerToExit, spawnServer } from '../helpers/server'

/** The JSON objects among the server's output lines. */
function logLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
}

let server: RunningServer
beforeAll(async () => {
  server = await spawnServer(
    { ADMIN_EMAIL: 'owner@example.com', ADMIN_PASSWORD: 'first-start-pw' },
    undefined,
    { fresh: true },
  )
})
afterAll(async () => {
  await server?.stop()
})

describe('the server process', () => {
  it('serves the seeded catalog and logs one JSON line per request, with its id', async () => {
    const res = await fetch(`${server.url}/api/products`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { products: { id: string }[] }
    expect(body.products.map((p) => p.id)).toContain('espresso-one')
    const requestId = res.headers.get('x-request-id')
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/)
    await expect
      .poll(() => logLines(server.output()).filter((l) => l.requestId === requestId))
      .toEqual([
        expect.objectContaining({
          level: 30,
          method: 'GET',
          path: '/api/products',
          status: 200,
          ms: expect.any(Number),
          time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        }),
      ])
    // Every line the server wrote is one JSON object, the start-up lines too.
    const lines = server.output().trim().split('\n')
    expect(lines.length).toBeGreaterThan(2)
    expect(logLines(server.output())).toHaveLength(lines.length)
    expect(logLines(server.output())).toContainEqual(expect.objectContaining({ url: server.url }))
  })

  it("logs the caller's request id and answers a failure with it", async () => {
    const res = await fetch(`${server.url}/api/procedures/nope`, {
      headers: { 'x-request-id': 'support-ticket-4711' },
    })
    expect(res.status).toBe(404)
    expect(res.headers.get('x-request-id')).toBe('support-ticket-4711')
    expect(await res.json()).toMatchObject({ error: { requestId: 'support-ticket-4711' } })
    await expect
      .poll(() => logLines(server.output()).find((l) => l.requestId === 'support-ticket-4711'))
      .toMatchObject({ status: 404, path: '/api/procedures/nope' })
  })

  it('serves metrics on their own loopback port only, never on the public one', async () => {
    const started = await spawnServer({ METRICS_PORT: '0', LOG_REQUESTS: '0' })
    try {
      const line = logLines(started.output()).find((l) => typeof l.metricsUrl === 'string')
      const metricsUrl = String(line?.metricsUrl)
      expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/)
      await fetch(`${started.url}/api/ready`)
      const res = await fetch(metricsUrl)
      expect(res.status).toBe(200)
      const text = await res.text()
      expect(text).toMatch(/^process_resident_memory_bytes \d+$/m)
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \d/m)
      expect(text).toMatch(/route="\/api\/ready",status="200"\} 1$/m)
      expect((await fetch(metricsUrl.replace('/metrics', '/'))).status).toBe(404)
      // The public port has no metrics (the app's own page may answer there, never the figures).
      const onPublic = await fetch(`${started.url}/metrics`)
      expect(await onPublic.text()).not.toMatch(/process_resident_memory_bytes/)
    } finally {
      await started.stop()
    }
  })

  it('creates the admin on first start: right password 200 with a cookie, wrong 401', async () => {
    const login = (password: string) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@example.com', password }),
      })
    const good = await login('first-start-pw')
    expect(good.status).toBe(200)
    expect(good.headers.get('set-cookie')).toMatch(/fp_session=/)
    expect((await login('wrong-password')).status).toBe(401)
  })

  it('refuses a second server on the same data directory with a message about the lock', async () => {
    const second = await runServerToExit({}, server.dataDir)
    expect(second.code).not.toBe(0)
    expect(second.output).toMatch(/data directory .* is in use by another Fixpoint server/)
    // The first one is unharmed.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
  })

  it('refuses to start with a bad setting and names it', async () => {
    const bad = await runServerToExit({ PORT: 'abc', DATABASE_URL: 'mysql://nope' }, server.dataDir)
    expect(bad.code).toBe(1)
    expect(bad.output).toMatch(/Invalid configuration/)
    expect(bad.output).toMatch(/PORT/)
    expect(bad.output).toMatch(/DATABASE_URL/)
  })

  it('runs as npm start runs it: the server bundle under plain Node, built when stale', async () => {
    const started = await spawnServer({}, undefined, { npmStart: true, fresh: true })
    try {
      const res = await fetch(`${started.url}/api/products`)
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('espresso-one')
      // The customer's app, from dist/.
      expect(await (await fetch(`${started.url}/`)).text()).toMatch(/<div id="root">/)
      // No TypeScript loader (no --import tsx) in the server process: plain Node and the bundle.
      const cmdline = readFileSync(`/proc/${started.child.pid}/cmdline`, 'utf8')
      expect(cmdline.split('\0')).toEqual([process.execPath, 'scripts/start.mjs', ''])
    } finally {
      await started.stop()
    }
  })
})
