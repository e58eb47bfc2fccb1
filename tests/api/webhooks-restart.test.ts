import { rmSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningServer, spawnServer } from '../helpers/server'
import { startReceiver } from '../helpers/webhook-receiver'

const ENV = {
  ADMIN_EMAIL: 'owner@example.com',
  ADMIN_PASSWORD: 'first-start-pw',
  WEBHOOK_POLL_MS: '100',
  WEBHOOK_RETRY_BASE_MS: '150',
  WEBHOOK_RETRY_MAX_MS: '300',
  WEBHOOK_TIMEOUT_MS: '1000',
  LOG_REQUESTS: '0',
}

/** Staff calls over real HTTP: the session and CSRF cookies, echoed as the app expects. */
async function signIn(url: string) {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ENV.ADMIN_EMAIL, password: ENV.ADMIN_PASSWORD }),
  })
  expect(res.status).toBe(200)
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] as string)
  const csrf = cookies.find((c) => c.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
  return (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: cookies.join('; '),
        'x-csrf-token': csrf,
      },
      body: JSON.stringify(body),
    })
}

let server: RunningServer | undefined
let dataDir: string | undefined
afterAll(async () => {
  await server?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('webhook deliveries across a crash', () => {
  // Two server starts (migrations and the sample catalog on PGlite) and two deliveries waited
  // for: more than the tier's 30 s under the full suite's load.
  it('a server killed with undelivered events delivers them after restart, each once', {
    timeout: 60_000,
  }, async () => {
    let up = false
    const delivered = new Map<string, number>()
    const receiver = await startReceiver((_i, r) => {
      if (!up) return 503
      const id = String(r.headers['webhook-id'])
      delivered.set(id, (delivered.get(id) ?? 0) + 1)
      return 204
    })
    server = await spawnServer(ENV)
    const post = await signIn(server.url)
    expect(
      (await post('/api/studio/webhooks', { url: receiver.url, events: ['session.completed'] }))
        .status,
    ).toBe(201)

    // Three customers answer while the receiver is down.
    const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id as string
    for (const outcome of ['fixed', 'not_fixed', 'fixed']) {
      const s = (await (
        await fetch(`${server.url}/api/sessions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ procedureId, mode: 'inline' }),
        })
      ).json()) as { id: string; token: string }
      const answered = await fetch(`${server.url}/api/sessions/${s.id}/outcome`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ outcome }),
      })
      expect(answered.status).toBe(200)
    }
    const ids = () => new Set(receiver.received.map((r) => String(r.headers['webhook-id'])))
    await expect.poll(() => ids().size, { timeout: 15_000 }).toBe(3)

    // Killed outright: no shutdown, nothing flushed.
    dataDir = server.dataDir
    server.child.kill('SIGKILL')
    await new Promise((r) => server?.child.once('exit', r))
    const beforeRestart = receiver.received.length
    up = true
    await new Promise((r) => setTimeout(r, 500))
    expect(receiver.received.length).toBe(beforeRestart)

    server = await spawnServer(ENV, dataDir)
    await expect.poll(() => delivered.size, { timeout: 20_000 }).toBe(3)
    await new Promise((r) => setTimeout(r, 1000))
    expect([...delivered.values()]).toEqual([1, 1, 1])
    expect(new Set(delivered.keys())).toEqual(ids())
    await receiver.close()
  })
})
