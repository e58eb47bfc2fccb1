import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

/**
 * One instance on the embedded database: an agent is online while their console is open, and
 * after a crash with a console open the restarted server does not count it.
 */
const ADMIN = { ADMIN_EMAIL: 'lone@example.com', ADMIN_PASSWORD: 'lone-password-1' }
const dir = mkdtempSync(join(tmpdir(), 'fixpoint-presence-'))
let server: RunningServer | null = null
afterAll(async () => {
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

async function signIn(url: string) {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
  })
  const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
  return { cookie: cookies.join('; '), origin: url }
}
const online = async (url: string) =>
  ((await (await fetch(`${url}/api/availability`)).json()) as { agentsOnline: number }).agentsOnline

describe('agent presence on the embedded database', () => {
  it('online with a console open, offline when it closes, and not counted after a crash', async () => {
    server = await spawnServer({ ...ADMIN, LOG_REQUESTS: '0' }, dir)
    const staff = await signIn(server.url)
    const ws = `${server.url.replace('http', 'ws')}/api/ws`
    expect(await online(server.url)).toBe(0)
    const console1 = await wsClient(ws, staff)
    await console1.next({ type: 'availability', agentsOnline: 1 })
    expect(await online(server.url)).toBe(1)
    console1.ws.terminate()
    await expect.poll(() => online(server?.url ?? ''), { timeout: 5000 }).toBe(0)

    const console2 = await wsClient(ws, staff)
    await console2.next({ type: 'availability', agentsOnline: 1 })
    server.child.kill('SIGKILL')
    await new Promise((r) => server?.child.once('exit', r))
    server = await spawnServer({ ...ADMIN, LOG_REQUESTS: '0' }, dir)
    expect(await online(server.url)).toBe(0)
  }, 120_000)
})
