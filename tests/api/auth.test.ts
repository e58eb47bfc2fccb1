import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AppEnv } from '../../server/context'
import { requireRole } from '../../server/middleware/staff'
import { ensureAdmin } from '../../server/services/users'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'

let t: TestApp
beforeAll(async () => {
  t = await makeTestApp({ catalog: null })
})
afterAll(() => t.close())

describe('staff auth', () => {
  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD once, and only with no users', async () => {
    const created = await ensureAdmin(t.deps.db, 'boss@example.com', 'correct horse')
    expect(created).toMatchObject({ email: 'boss@example.com', role: 'admin' })
    expect(await ensureAdmin(t.deps.db, 'other@example.com', 'another one')).toBeNull()
    const http = client(t.app)
    const res = await http.post('/api/auth/login', {
      email: 'BOSS@example.com',
      password: 'correct horse',
    })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ user: { email: 'boss@example.com', role: 'admin' } })
    const setCookie = res.headers.getSetCookie().join('\n')
    expect(setCookie).toMatch(/fp_session=[^;]+;.*HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Lax/)
    expect(setCookie).not.toMatch(/fp_csrf=[^;]+;.*HttpOnly/)
  })

  it('refuses a wrong password and an unknown email alike with 401', async () => {
    const http = client(t.app)
    const wrong = await http.post('/api/auth/login', {
      email: 'boss@example.com',
      password: 'nope',
    })
    const unknown = await http.post('/api/auth/login', {
      email: 'ghost@example.com',
      password: 'nope',
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    // The same answer, but for its request id.
    const ErrorBodySchema = z.object({
      error: z.object({ code: z.string(), message: z.string(), requestId: z.string() }),
    })
    const { requestId: a, ...wrongError } = ErrorBodySchema.parse(wrong.json).error
    const { requestId: b, ...unknownError } = ErrorBodySchema.parse(unknown.json).error
    expect(a).not.toBe(b)
    expect(wrongError).toEqual(unknownError)
    expect(wrong.headers.getSetCookie()).toEqual([])
  })

  it('me answers 401 signed out, the user signed in, and 401 again after logout', async () => {
    const { email, password } = await addStaff(t, 'agent')
    const http = client(t.app)
    expect((await http.get('/api/auth/me')).status).toBe(401)
    await http.post('/api/auth/login', { email, password })
    expect((await http.get('/api/auth/me')).json).toMatchObject({ user: { email, role: 'agent' } })
    expect((await http.post('/api/auth/logout', {}, http.csrf())).status).toBe(200)
    expect((await http.get('/api/auth/me')).status).toBe(401)
  })

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const { email, password } = await addStaff(t, 'author')
    const http = client(t.app)
    await http.post('/api/auth/login', { email, password })
    const res = await http.post('/api/auth/logout', {})
    expect(res.status).toBe(403)
    expect(res.json).toMatchObject({ error: { code: 'csrf_failed' } })
    expect((await http.get('/api/auth/me')).status).toBe(200)
  })

  it('the role guard lets the named roles in and answers others 403, strangers 401', async () => {
    const guarded = new Hono<AppEnv>()
    guarded.use('*', async (c, next) => {
      c.set('deps', t.deps)
      await next()
    })
    guarded.route('/', t.app)
    const probe = new Hono<AppEnv>().get('/probe', requireRole('agent', 'admin'), (c) =>
      c.json({ ok: true }),
    )
    guarded.route('/api', probe)
    const agent = await addStaff(t, 'agent', 'agent2@example.com')
    const author = await addStaff(t, 'author', 'author2@example.com')
    const asAgent = client(guarded)
    await asAgent.post('/api/auth/login', agent)
    const asAuthor = client(guarded)
    await asAuthor.post('/api/auth/login', author)
    expect((await client(guarded).get('/api/probe')).status).toBe(401)
    expect((await asAuthor.get('/api/probe')).status).toBe(403)
    expect((await asAgent.get('/api/probe')).status).toBe(200)
  })
})
