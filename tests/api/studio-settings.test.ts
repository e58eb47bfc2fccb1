import { Agent, fetch as undiciFetch } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StudioSettingsSchema } from '../../server/domain/studio-settings'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'
import { type RunningServer, spawnServer } from '../helpers/server'

const PUBLIC_URL = 'https://repair.example.com'

let withUrl: TestApp
let without: TestApp
let https: RunningServer | undefined
const insecure = new Agent({ connect: { rejectUnauthorized: false } })
beforeAll(async () => {
  ;[withUrl, without] = await Promise.all([
    makeTestApp({ env: { PUBLIC_URL } }),
    makeTestApp({ catalog: null }),
  ])
})
afterAll(async () => {
  await withUrl?.close()
  await without?.close()
  await https?.stop()
  await insecure.close()
})

async function signedIn(t: TestApp, role: 'admin' | 'author' | 'agent') {
  const c = client(t.app)
  const login = await c.post('/api/auth/login', await addStaff(t, role))
  expect(login.status).toBe(200)
  return c
}

describe('studio settings', () => {
  it('only authors and admins may read them', async () => {
    expect((await client(withUrl.app).get('/api/studio/settings')).status).toBe(401)
    expect((await (await signedIn(withUrl, 'agent')).get('/api/studio/settings')).status).toBe(403)
    expect((await (await signedIn(withUrl, 'admin')).get('/api/studio/settings')).status).toBe(200)
  })

  it('answers PUBLIC_URL from the environment and the LAN URL the server listens on', async () => {
    const author = await signedIn(withUrl, 'author')
    const res = await author.get('/api/studio/settings')
    expect(res.status).toBe(200)
    expect(StudioSettingsSchema.parse(res.json)).toEqual({ publicUrl: PUBLIC_URL, lanUrl: null })
    // server/index.ts sets this once an --https server listens on the LAN.
    withUrl.deps.lanUrl = 'https://192.168.1.20:8787'
    expect((await author.get('/api/studio/settings')).json).toEqual({
      publicUrl: PUBLIC_URL,
      lanUrl: 'https://192.168.1.20:8787',
    })
    withUrl.deps.lanUrl = null
  })

  it('answers null for a server without PUBLIC_URL', async () => {
    const author = await signedIn(without, 'author')
    expect((await author.get('/api/studio/settings')).json).toEqual({
      publicUrl: null,
      lanUrl: null,
    })
  })
})

describe('studio settings of a server started with HTTPS', () => {
  it('answer the LAN URL the server prints for phones', { timeout: 150_000 }, async () => {
    const admin = { email: 'lan@example.com', password: 'lan-password-1' }
    https = await spawnServer({
      HTTPS: '1',
      LOG_REQUESTS: '0',
      ADMIN_EMAIL: admin.email,
      ADMIN_PASSWORD: admin.password,
    })
    const s = https
    const announced = await expect
      .poll(() => /open (https:\/\/\S+) \(accept|No LAN address found/.exec(s.output()))
      .toBeTruthy()
      .then(() => /open (https:\/\/\S+) \(accept/.exec(s.output())?.[1] ?? null)
    const login = await undiciFetch(`${s.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
      dispatcher: insecure,
    })
    expect(login.status).toBe(200)
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const res = await undiciFetch(`${s.url}/api/studio/settings`, {
      headers: { cookie },
      dispatcher: insecure,
    })
    expect(res.status).toBe(200)
    const settings = StudioSettingsSchema.parse(await res.json())
    expect(settings).toEqual({ publicUrl: null, lanUrl: announced })
    // The LAN address is this server's own port, not the default.
    if (announced) expect(new URL(announced).port).toBe(new URL(s.url).port)
  })
})

describe('printed label links', () => {
  it('the lookup resolves a label URL on PUBLIC_URL to the product and the serial', async () => {
    const code = `${PUBLIC_URL}/p/espresso-one?sn=SN-000123`
    const res = await client(withUrl.app).get(`/api/lookup?code=${encodeURIComponent(code)}`)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ product: { id: 'espresso-one' }, serial: 'SN-000123' })
  })
})
