import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { client, makeTestApp, type TestApp } from '../helpers/app'
import { oidcEnv, signInAtProvider, startOidcProvider } from '../helpers/oidc-provider'

const CALLBACK = 'http://localhost/api/auth/sso/callback'

let idp: Awaited<ReturnType<typeof startOidcProvider>>
let t: TestApp
beforeAll(async () => {
  idp = await startOidcProvider([CALLBACK])
  t = await makeTestApp({ catalog: null, env: oidcEnv(idp.issuer) })
})
afterAll(async () => {
  await t.close()
  await idp.close()
})

/** Starts a sign-in at Fixpoint: the provider's authorization URL, with the state cookie in `http`. */
async function start(http: ReturnType<typeof client>, next = '/studio') {
  const res = await http.get(`/api/auth/sso/start?next=${encodeURIComponent(next)}`)
  expect(res.status).toBe(303)
  const location = res.headers.get('location') ?? ''
  expect(location.startsWith(`${idp.issuer}/`)).toBe(true)
  return new URL(location)
}

async function callback(http: ReturnType<typeof client>, url: URL) {
  expect(url.href.startsWith(CALLBACK)).toBe(true)
  return http.get(`${url.pathname}${url.search}`)
}

describe('single sign-on with OpenID Connect', () => {
  it('the sign-in page is told the provider’s name', async () => {
    expect((await client(t.app).get('/api/auth/options')).json).toMatchObject({
      sso: { name: 'Test ID' },
    })
  })

  it('asks for the code with PKCE, state and nonce, and lands in the studio with the mapped role', async () => {
    const http = client(t.app)
    const auth = await start(http, '/studio/people')
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256')
    expect(auth.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/)
    expect(auth.searchParams.get('state')).toBeTruthy()
    expect(auth.searchParams.get('nonce')).toBeTruthy()
    expect(auth.searchParams.get('redirect_uri')).toBe(CALLBACK)
    const res = await callback(http, await signInAtProvider(auth.href, 'ann'))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/studio/people')
    expect((await http.get('/api/auth/me')).json).toMatchObject({
      user: { email: 'ann@idp.example', role: 'author', name: 'ANN' },
    })
    expect((await http.get('/api/studio/products')).status).toBe(200)
    expect((await http.get('/api/agent/queue')).status).toBe(403)
  })

  it('several mapped groups give the broadest role', async () => {
    const http = client(t.app)
    const auth = await start(http)
    await callback(http, await signInAtProvider(auth.href, 'boss'))
    expect((await http.get('/api/auth/me')).json).toMatchObject({ user: { role: 'admin' } })
  })

  it('an account with no mapped group is refused', async () => {
    const http = client(t.app)
    const auth = await start(http)
    const res = await callback(http, await signInAtProvider(auth.href, 'zed'))
    expect(res.headers.get('location')).toBe('/login?sso=no_role')
    expect((await http.get('/api/auth/me')).status).toBe(401)
  })

  it('a wrong state is refused', async () => {
    const http = client(t.app)
    const auth = await start(http)
    const back = await signInAtProvider(auth.href, 'ann')
    back.searchParams.set('state', 'not-the-state-we-sent')
    const res = await callback(http, back)
    expect(res.headers.get('location')).toBe('/login?sso=failed')
    expect(http.cookies().fp_session).toBeUndefined()
    expect((await http.get('/api/auth/me')).status).toBe(401)
  })

  it('an ID token with another nonce is refused', async () => {
    const http = client(t.app)
    const auth = await start(http)
    // The provider is asked with a nonce of someone else's making; the state is still ours.
    auth.searchParams.set('nonce', 'a-nonce-fixpoint-never-issued')
    const res = await callback(http, await signInAtProvider(auth.href, 'ann'))
    expect(res.headers.get('location')).toBe('/login?sso=failed')
    expect((await http.get('/api/auth/me')).status).toBe(401)
  })

  it('a callback from another browser (no state cookie) is refused', async () => {
    const auth = await start(client(t.app))
    const stranger = client(t.app)
    const res = await callback(stranger, await signInAtProvider(auth.href, 'ann'))
    expect(res.headers.get('location')).toBe('/login?sso=expired')
    expect((await stranger.get('/api/auth/me')).status).toBe(401)
  })

  it('local accounts keep working beside SSO', async () => {
    const { createUser } = await import('../../server/services/users')
    await createUser(t.deps.db, {
      email: 'local@example.com',
      password: 'local-password',
      role: 'agent',
    })
    const http = client(t.app)
    const res = await http.post('/api/auth/login', {
      email: 'local@example.com',
      password: 'local-password',
    })
    expect(res.status).toBe(200)
  })
})
