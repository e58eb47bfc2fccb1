import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiTokens } from '../../server/db/schema'
import { ApiTokenCreatedSchema, ApiTokenListSchema } from '../../server/domain/api-token'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'

let t: TestApp
let admin: ReturnType<typeof client>
let procedureId: string

beforeAll(async () => {
  t = await makeTestApp()
  const creds = await addStaff(t, 'admin')
  admin = client(t.app)
  expect((await admin.post('/api/auth/login', creds)).status).toBe(200)
  const list = await admin.get('/api/studio/procedures')
  procedureId = (list.json as { procedures: { id: string }[] }).procedures[0]?.id ?? ''
  expect(procedureId).not.toBe('')
})
afterAll(() => t.close())

async function create(name: string, scopes: string[]) {
  const res = await admin.post('/api/admin/tokens', { name, scopes }, admin.csrf())
  expect(res.status).toBe(201)
  return ApiTokenCreatedSchema.parse(res.json)
}

/** A caller with nothing but the token: no cookie, no CSRF header. */
function withToken(secret: string) {
  const http = client(t.app)
  const auth = { authorization: `Bearer ${secret}` }
  return {
    get: (path: string) => http.get(path, auth),
    send: (method: string, path: string, body?: Record<string, unknown>) =>
      http.send(method, path, body, auth),
  }
}

describe('API tokens', () => {
  it('shows the secret once and stores only its hash', async () => {
    const { token, secret } = await create('BI export', ['read:analytics'])
    expect(secret).toMatch(/^fpk_[A-Za-z0-9_-]{43}$/)
    expect(secret.startsWith(token.prefix)).toBe(true)
    expect(token).toMatchObject({ name: 'BI export', scopes: ['read:analytics'], revokedAt: null })
    const listed = await admin.get('/api/admin/tokens')
    expect(listed.text).not.toContain(secret)
    const tokens = ApiTokenListSchema.parse(listed.json).tokens
    expect(tokens.find((x) => x.id === token.id)?.createdBy).toBe('admin@example.com')
    const [row] = await t.deps.db.select().from(apiTokens).where(eq(apiTokens.id, token.id))
    expect(row?.tokenHash).toBeTruthy()
    expect(JSON.stringify(row)).not.toContain(secret.slice(4))
  })

  it('a token with only read:analytics reads analytics and cannot write or read elsewhere', async () => {
    const { secret } = await create('analytics only', ['read:analytics'])
    const api = withToken(secret)
    expect((await api.get(`/api/studio/procedures/${procedureId}/analytics`)).status).toBe(200)
    const draft = await api.send('PUT', `/api/studio/procedures/${procedureId}/draft`, {
      draft: {},
      baseRevision: 0,
    })
    expect(draft.status).toBe(403)
    expect(draft.json).toMatchObject({ error: { code: 'insufficient_scope' } })
    const publish = await api.send('POST', `/api/studio/procedures/${procedureId}/publish`, {
      changeNote: 'x',
      baseRevision: 0,
    })
    expect(publish.status).toBe(403)
    expect(
      (await api.send('POST', '/api/studio/procedures/import', { procedure: {} })).status,
    ).toBe(403)
    expect((await api.get('/api/studio/procedures')).status).toBe(403)
    // Staff-only areas never take a token, whatever its scopes.
    expect((await api.get('/api/admin/tokens')).status).toBe(401)
    expect((await api.get('/api/agent/queue')).status).toBe(401)
    expect((await api.get('/api/studio/settings')).status).toBe(401)
  })

  it('read:catalog reads procedures; write:procedures gets through to the draft', async () => {
    const reader = withToken((await create('catalog', ['read:catalog'])).secret)
    expect((await reader.get('/api/studio/procedures')).status).toBe(200)
    expect((await reader.get(`/api/studio/procedures/${procedureId}/analytics`)).status).toBe(403)
    const writer = withToken((await create('writer', ['write:procedures'])).secret)
    // Past the guard, the stale base revision is the answer: the write was let in.
    const res = await writer.send('PUT', `/api/studio/procedures/${procedureId}/draft`, {
      draft: {},
      baseRevision: 999,
    })
    expect(res.status).toBe(409)
  })

  it('manage:webhooks lists and adds webhook endpoints; other scopes may not', async () => {
    const hooks = withToken((await create('crm', ['manage:webhooks'])).secret)
    expect((await hooks.get('/api/studio/webhooks')).status).toBe(200)
    const added = await hooks.send('POST', '/api/studio/webhooks', {
      url: 'https://crm.example.com/hooks',
      events: ['escalation.closed'],
    })
    expect(added.status).toBe(201)
    const reader = withToken((await create('bi', ['read:analytics'])).secret)
    expect((await reader.get('/api/studio/webhooks')).status).toBe(403)
    expect((await hooks.get('/api/studio/procedures')).status).toBe(403)
  })

  it('a revoked token is refused at once, and last use is recorded', async () => {
    const { token, secret } = await create('to revoke', ['read:analytics'])
    const api = withToken(secret)
    expect((await api.get(`/api/studio/procedures/${procedureId}/analytics`)).status).toBe(200)
    const used = ApiTokenListSchema.parse((await admin.get('/api/admin/tokens')).json).tokens.find(
      (x) => x.id === token.id,
    )
    expect(used?.lastUsedAt).not.toBeNull()
    const revoked = await admin.post(`/api/admin/tokens/${token.id}/revoke`, {}, admin.csrf())
    expect(revoked.status).toBe(200)
    expect(revoked.json).toMatchObject({ token: { id: token.id, revokedAt: expect.any(String) } })
    const after = await api.get(`/api/studio/procedures/${procedureId}/analytics`)
    expect(after.status).toBe(401)
    expect(after.json).toMatchObject({ error: { code: 'token_revoked' } })
  })

  it('refuses unknown tokens, bad names and unknown scopes', async () => {
    const bogus = withToken(`fpk_${'A'.repeat(43)}`)
    const res = await bogus.get(`/api/studio/procedures/${procedureId}/analytics`)
    expect(res.status).toBe(401)
    expect(res.json).toMatchObject({ error: { code: 'invalid_token' } })
    const bad = await admin.post(
      '/api/admin/tokens',
      { name: ' ', scopes: ['read:everything'] },
      admin.csrf(),
    )
    expect(bad.status).toBe(400)
    expect(Object.keys((bad.json as { error: { fields: object } }).error.fields)).toEqual(
      expect.arrayContaining(['name', 'scopes.0']),
    )
  })

  it('only admins manage tokens', async () => {
    const creds = await addStaff(t, 'author')
    const author = client(t.app)
    await author.post('/api/auth/login', creds)
    expect((await author.get('/api/admin/tokens')).status).toBe(403)
  })
})
