import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, runServerToExit, spawnServer } from '../helpers/server'

let server: RunningServer
beforeAll(async () => {
  server = await spawnServer({ ADMIN_EMAIL: 'owner@example.com', ADMIN_PASSWORD: 'first-start-pw' })
})
afterAll(async () => {
  await server?.stop()
})

describe('the server process', () => {
  it('serves the seeded catalog and logs one line per request', async () => {
    const res = await fetch(`${server.url}/api/products`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { products: { id: string }[] }
    expect(body.products.map((p) => p.id)).toContain('espresso-one')
    await expect.poll(() => server.output()).toMatch(/GET \/api\/products 200 \d+(\.\d+)?ms/)
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
    const started = await spawnServer({}, undefined, { npmStart: true })
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
