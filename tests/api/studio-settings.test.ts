import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { StudioSettingsSchema } from '../../server/domain/studio-settings'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'

const PUBLIC_URL = 'https://repair.example.com'

let withUrl: TestApp
let without: TestApp
beforeAll(async () => {
  ;[withUrl, without] = await Promise.all([
    makeTestApp({ env: { PUBLIC_URL } }),
    makeTestApp({ catalog: null }),
  ])
})
afterAll(async () => {
  await withUrl?.close()
  await without?.close()
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

describe('printed label links', () => {
  it('the lookup resolves a label URL on PUBLIC_URL to the product and the serial', async () => {
    const code = `${PUBLIC_URL}/p/espresso-one?sn=SN-000123`
    const res = await client(withUrl.app).get(`/api/lookup?code=${encodeURIComponent(code)}`)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ product: { id: 'espresso-one' }, serial: 'SN-000123' })
  })
})
