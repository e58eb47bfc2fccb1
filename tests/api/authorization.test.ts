import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'

/**
 * Every route × every kind of caller → the expected status, in one table. A route added without a
 * row fails the first test, so nothing ships without a decision about who may call it.
 */
type Role = 'anonymous' | 'ownToken' | 'otherToken' | 'author' | 'agent' | 'admin'
const ROLES: Role[] = ['anonymous', 'ownToken', 'otherToken', 'author', 'agent', 'admin']
type Expect = Record<Role, number>
type Ctx = { session: string; token: string; procedureId: string }
type Row = {
  method: string
  path: string
  url: (c: Ctx) => string
  body?: unknown
  raw?: string
  expect: Expect
}

const UUID = '00000000-0000-4000-8000-000000000000'
const HASH = '0'.repeat(64)
const all = (s: number): Expect => ({
  anonymous: s,
  ownToken: s,
  otherToken: s,
  author: s,
  agent: s,
  admin: s,
})
const token = (own: number): Expect => ({
  anonymous: 401,
  ownToken: own,
  otherToken: 403,
  author: 401,
  agent: 401,
  admin: 401,
})
const staff = (roles: Partial<Record<'author' | 'agent' | 'admin', number>>): Expect => ({
  anonymous: 401,
  ownToken: 401,
  otherToken: 401,
  author: roles.author ?? 403,
  agent: roles.agent ?? 403,
  admin: roles.admin ?? 403,
})
const authors = (s: number) => staff({ author: s, admin: s })
const agents = (s: number) => staff({ agent: s, admin: s })

const rows: Row[] = [
  { method: 'GET', path: '/api/health', url: () => '/api/health', expect: all(200) },
  { method: 'GET', path: '/api/ready', url: () => '/api/ready', expect: all(200) },
  { method: 'GET', path: '/metrics', url: () => '/metrics', expect: all(401) },
  { method: 'GET', path: '/api/openapi.json', url: () => '/api/openapi.json', expect: all(200) },
  { method: 'GET', path: '/api/docs', url: () => '/api/docs', expect: all(200) },
  {
    method: 'GET',
    path: '/api/docs/:file',
    url: () => '/api/docs/swagger-ui.css',
    expect: all(200),
  },
  { method: 'GET', path: '/api/products', url: () => '/api/products', expect: all(200) },
  {
    method: 'GET',
    path: '/api/availability',
    url: () => '/api/availability',
    expect: all(200),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id/callback',
    url: (c) => `/api/sessions/${c.session}/callback`,
    expect: token(200),
  },
  // An empty request: the token holder gets through to the field errors.
  {
    method: 'POST',
    path: '/api/sessions/:id/callback',
    url: (c) => `/api/sessions/${c.session}/callback`,
    body: {},
    expect: token(400),
  },
  {
    method: 'GET',
    path: '/api/agent/callbacks',
    url: () => '/api/agent/callbacks',
    expect: agents(200),
  },
  {
    method: 'POST',
    path: '/api/agent/callbacks/:id/claim',
    url: () => `/api/agent/callbacks/${UUID}/claim`,
    body: {},
    expect: agents(404),
  },
  {
    method: 'POST',
    path: '/api/agent/callbacks/:id/close',
    url: () => `/api/agent/callbacks/${UUID}/close`,
    body: { resolution: 'resolved' },
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/agent/presence',
    url: () => '/api/agent/presence',
    expect: agents(200),
  },
  {
    method: 'PUT',
    path: '/api/agent/presence',
    url: () => '/api/agent/presence',
    body: { status: 'away' },
    expect: agents(200),
  },
  {
    method: 'GET',
    path: '/api/products/:id',
    url: () => '/api/products/espresso-one',
    expect: all(200),
  },
  {
    method: 'GET',
    path: '/api/lookup',
    url: () => `/api/lookup?code=${encodeURIComponent('https://x.example/p/espresso-one')}`,
    expect: all(200),
  },
  {
    method: 'GET',
    path: '/api/procedures/:id',
    url: (c) => `/api/procedures/${c.procedureId}`,
    expect: all(200),
  },
  {
    method: 'GET',
    path: '/api/procedures/:id/versions/:version',
    url: (c) => `/api/procedures/${c.procedureId}/versions/1`,
    expect: all(200),
  },
  {
    method: 'POST',
    path: '/api/sessions',
    url: () => '/api/sessions',
    body: 'START',
    expect: all(201),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id',
    url: (c) => `/api/sessions/${c.session}`,
    expect: token(200),
  },
  {
    method: 'POST',
    path: '/api/sessions/:id/events',
    url: (c) => `/api/sessions/${c.session}/events`,
    body: 'EVENTS',
    expect: token(200),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id/escalation',
    url: (c) => `/api/sessions/${c.session}/escalation`,
    expect: token(200),
  },
  // Nothing waiting to cancel yet: the caller gets through to the 409.
  {
    method: 'DELETE',
    path: '/api/sessions/:id/escalation',
    url: (c) => `/api/sessions/${c.session}/escalation`,
    expect: token(409),
  },
  {
    method: 'POST',
    path: '/api/sessions/:id/escalation',
    url: (c) => `/api/sessions/${c.session}/escalation`,
    body: {},
    expect: token(400),
  },
  {
    method: 'POST',
    path: '/api/sessions/:id/outcome',
    url: (c) => `/api/sessions/${c.session}/outcome`,
    body: { outcome: 'fixed' },
    expect: token(200),
  },
  { method: 'GET', path: '/api/agent/queue', url: () => '/api/agent/queue', expect: agents(200) },
  {
    method: 'POST',
    path: '/api/agent/escalations/:id/accept',
    url: () => `/api/agent/escalations/${UUID}/accept`,
    body: {},
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/agent/escalations/:id',
    url: () => `/api/agent/escalations/${UUID}`,
    expect: agents(404),
  },
  {
    method: 'POST',
    path: '/api/agent/escalations/:id/close',
    url: () => `/api/agent/escalations/${UUID}/close`,
    body: { resolution: 'resolved' },
    expect: agents(404),
  },
  {
    method: 'POST',
    path: '/api/agent/escalations/:id/snapshots',
    url: () => `/api/agent/escalations/${UUID}/snapshots`,
    raw: 'not a picture',
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/agent/escalations/:id/snapshots',
    url: () => `/api/agent/escalations/${UUID}/snapshots`,
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/agent/escalations/:id/snapshots/:snapshotId',
    url: () => `/api/agent/escalations/${UUID}/snapshots/${UUID}`,
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id/snapshots',
    url: (c) => `/api/sessions/${c.session}/snapshots`,
    expect: token(200),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id/snapshots/:snapshotId',
    url: (c) => `/api/sessions/${c.session}/snapshots/${UUID}`,
    expect: token(404),
  },
  // A text body is not a picture: the token holder gets through to the 415.
  {
    method: 'POST',
    path: '/api/sessions/:id/photos',
    url: (c) => `/api/sessions/${c.session}/photos?stage=outcome`,
    raw: 'not a picture',
    expect: token(415),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id/photos',
    url: (c) => `/api/sessions/${c.session}/photos`,
    expect: token(200),
  },
  {
    method: 'GET',
    path: '/api/sessions/:id/photos/:photoId',
    url: (c) => `/api/sessions/${c.session}/photos/${UUID}`,
    expect: token(404),
  },
  {
    method: 'GET',
    path: '/api/agent/escalations/:id/photos',
    url: () => `/api/agent/escalations/${UUID}/photos`,
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/agent/escalations/:id/photos/:photoId',
    url: () => `/api/agent/escalations/${UUID}/photos/${UUID}`,
    expect: agents(404),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/photos',
    url: (c) => `/api/studio/procedures/${c.procedureId}/photos`,
    expect: authors(200),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/photos/:photoId',
    url: (c) => `/api/studio/procedures/${c.procedureId}/photos/${UUID}`,
    expect: authors(404),
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    url: () => '/api/auth/login',
    body: { email: 'nobody@example.com', password: 'x' },
    expect: all(401),
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    url: () => '/api/auth/logout',
    body: {},
    expect: staff({ author: 200, agent: 200, admin: 200 }),
  },
  {
    method: 'GET',
    path: '/api/auth/me',
    url: () => '/api/auth/me',
    expect: staff({ author: 200, agent: 200, admin: 200 }),
  },
  { method: 'GET', path: '/api/auth/options', url: () => '/api/auth/options', expect: all(200) },
  // The setup, link and password routes are public by design: the one-time token is the key.
  {
    method: 'POST',
    path: '/api/auth/setup',
    url: () => '/api/auth/setup',
    body: {},
    expect: all(400),
  },
  {
    method: 'POST',
    path: '/api/auth/forgot',
    url: () => '/api/auth/forgot',
    body: { email: 'nobody@example.com' },
    expect: all(200),
  },
  {
    method: 'POST',
    path: '/api/auth/link',
    url: () => '/api/auth/link',
    body: { token: 'x'.repeat(43) },
    expect: all(410),
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    url: () => '/api/auth/password',
    body: { token: 'x'.repeat(43), password: 'long-enough-password' },
    expect: all(410),
  },
  // Not configured in this app: 404 for everyone (tests/api/sso.test.ts covers the real thing).
  {
    method: 'GET',
    path: '/api/auth/sso/start',
    url: () => '/api/auth/sso/start',
    expect: all(404),
  },
  {
    method: 'GET',
    path: '/api/auth/sso/callback',
    url: () => '/api/auth/sso/callback',
    expect: all(404),
  },
  {
    method: 'GET',
    path: '/api/admin/users',
    url: () => '/api/admin/users',
    expect: staff({ admin: 200 }),
  },
  {
    method: 'POST',
    path: '/api/admin/users',
    url: () => '/api/admin/users',
    body: {},
    expect: staff({ admin: 400 }),
  },
  {
    method: 'PATCH',
    path: '/api/admin/users/:id',
    url: () => `/api/admin/users/${UUID}`,
    body: { active: true },
    expect: staff({ admin: 404 }),
  },
  {
    method: 'POST',
    path: '/api/admin/users/:id/reset',
    url: () => `/api/admin/users/${UUID}/reset`,
    body: {},
    expect: staff({ admin: 404 }),
  },
  {
    method: 'GET',
    path: '/api/admin/tokens',
    url: () => '/api/admin/tokens',
    expect: staff({ admin: 200 }),
  },
  {
    method: 'POST',
    path: '/api/admin/tokens',
    url: () => '/api/admin/tokens',
    body: {},
    expect: staff({ admin: 400 }),
  },
  {
    method: 'POST',
    path: '/api/admin/tokens/:id/revoke',
    url: () => `/api/admin/tokens/${UUID}/revoke`,
    body: {},
    expect: staff({ admin: 404 }),
  },
  // A plain GET (no upgrade) once the caller is let in: 426.
  {
    method: 'GET',
    path: '/api/ws',
    url: () => '/api/ws',
    expect: { ...staff({ author: 426, agent: 426, admin: 426 }), ownToken: 426, otherToken: 403 },
  },
  {
    method: 'GET',
    path: '/api/blobs/:file',
    url: () => `/api/blobs/${HASH}.glb`,
    expect: all(404),
  },
  {
    method: 'POST',
    path: '/api/studio/models',
    url: () => '/api/studio/models',
    raw: 'not a glb',
    expect: authors(415),
  },
  {
    method: 'POST',
    path: '/api/studio/procedures/:id/media',
    url: (c) => `/api/studio/procedures/${c.procedureId}/media`,
    raw: 'not a picture',
    expect: authors(415),
  },
  {
    method: 'PUT',
    path: '/api/studio/procedures/:id/media/:mediaId/poster',
    url: (c) => `/api/studio/procedures/${c.procedureId}/media/${UUID}/poster`,
    raw: 'not a picture',
    expect: authors(404),
  },
  {
    method: 'GET',
    path: '/api/media/:id/:file',
    url: () => `/api/media/${UUID}/640.webp`,
    expect: all(404),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures',
    url: () => '/api/studio/procedures',
    expect: authors(200),
  },
  {
    method: 'POST',
    path: '/api/studio/procedures',
    url: () => '/api/studio/procedures',
    body: { draft: {} },
    expect: authors(400),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id',
    url: (c) => `/api/studio/procedures/${c.procedureId}`,
    expect: authors(200),
  },
  {
    method: 'PUT',
    path: '/api/studio/procedures/:id/draft',
    url: (c) => `/api/studio/procedures/${c.procedureId}/draft`,
    body: { draft: {}, baseRevision: 999 },
    expect: authors(409),
  },
  {
    method: 'POST',
    path: '/api/studio/procedures/:id/publish',
    url: (c) => `/api/studio/procedures/${c.procedureId}/publish`,
    body: { changeNote: 'x', baseRevision: 999 },
    expect: authors(409),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/versions/:version',
    url: (c) => `/api/studio/procedures/${c.procedureId}/versions/1`,
    expect: authors(200),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/diff',
    url: (c) => `/api/studio/procedures/${c.procedureId}/diff?from=1&to=1`,
    expect: authors(200),
  },
  {
    method: 'POST',
    path: '/api/studio/procedures/:id/archive',
    url: () => '/api/studio/procedures/no-such-procedure/archive',
    body: {},
    expect: authors(404),
  },
  {
    method: 'POST',
    path: '/api/studio/procedures/:id/unarchive',
    url: () => '/api/studio/procedures/no-such-procedure/unarchive',
    body: {},
    expect: authors(404),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/export',
    url: (c) => `/api/studio/procedures/${c.procedureId}/export`,
    expect: authors(200),
  },
  {
    method: 'POST',
    path: '/api/studio/procedures/import',
    url: () => '/api/studio/procedures/import',
    body: { procedure: {} },
    expect: authors(422),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/translations',
    url: (c) => `/api/studio/procedures/${c.procedureId}/translations`,
    expect: authors(200),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/translations/:lang',
    url: (c) => `/api/studio/procedures/${c.procedureId}/translations/fr`,
    expect: authors(200),
  },
  {
    method: 'PUT',
    path: '/api/studio/procedures/:id/translations/:lang',
    url: (c) => `/api/studio/procedures/${c.procedureId}/translations/fr`,
    body: { texts: {}, sourceVersion: 999 },
    expect: authors(409),
  },
  {
    method: 'DELETE',
    path: '/api/studio/procedures/:id/translations/:lang',
    url: (c) => `/api/studio/procedures/${c.procedureId}/translations/fr`,
    expect: authors(404),
  },
  {
    method: 'GET',
    path: '/api/studio/procedures/:id/analytics',
    url: (c) => `/api/studio/procedures/${c.procedureId}/analytics`,
    expect: authors(200),
  },
  {
    method: 'GET',
    path: '/api/studio/analytics/export/:table',
    url: () => '/api/studio/analytics/export/sessions',
    expect: authors(200),
  },
  {
    method: 'GET',
    path: '/api/studio/products',
    url: () => '/api/studio/products',
    expect: authors(200),
  },
  {
    method: 'GET',
    path: '/api/studio/settings',
    url: () => '/api/studio/settings',
    expect: authors(200),
  },
  {
    method: 'POST',
    path: '/api/studio/products',
    url: () => '/api/studio/products',
    body: {},
    expect: authors(400),
  },
  {
    method: 'GET',
    path: '/api/studio/products/:id',
    url: () => '/api/studio/products/espresso-one',
    expect: authors(200),
  },
  {
    method: 'PATCH',
    path: '/api/studio/products/:id',
    url: () => '/api/studio/products/no-such-product',
    body: { name: 'X' },
    expect: authors(404),
  },
  {
    method: 'PUT',
    path: '/api/studio/products/:id/model',
    url: () => '/api/studio/products/espresso-one/model',
    body: { hash: HASH },
    expect: authors(422),
  },
  // Webhooks: admins only (one guard, manageWebhooks). Unknown ids get through to the 404.
  {
    method: 'GET',
    path: '/api/studio/webhooks',
    url: () => '/api/studio/webhooks',
    expect: staff({ admin: 200 }),
  },
  {
    method: 'POST',
    path: '/api/studio/webhooks',
    url: () => '/api/studio/webhooks',
    body: { url: 'ftp://nope' },
    expect: staff({ admin: 400 }),
  },
  {
    method: 'GET',
    path: '/api/studio/webhooks/deliveries',
    url: () => `/api/studio/webhooks/deliveries?endpoint=${UUID}`,
    expect: staff({ admin: 200 }),
  },
  {
    method: 'POST',
    path: '/api/studio/webhooks/deliveries/:id/resend',
    url: () => `/api/studio/webhooks/deliveries/${UUID}/resend`,
    body: {},
    expect: staff({ admin: 404 }),
  },
  {
    method: 'PATCH',
    path: '/api/studio/webhooks/:id',
    url: () => `/api/studio/webhooks/${UUID}`,
    body: { enabled: false },
    expect: staff({ admin: 404 }),
  },
  {
    method: 'DELETE',
    path: '/api/studio/webhooks/:id',
    url: () => `/api/studio/webhooks/${UUID}`,
    expect: staff({ admin: 404 }),
  },
  {
    method: 'GET',
    path: '/api/studio/webhooks/:id/secret',
    url: () => `/api/studio/webhooks/${UUID}/secret`,
    expect: staff({ admin: 404 }),
  },
  {
    method: 'POST',
    path: '/api/studio/webhooks/:id/secret',
    url: () => `/api/studio/webhooks/${UUID}/secret`,
    body: {},
    expect: staff({ admin: 404 }),
  },
]

let t: TestApp
let ctx: Ctx
const staffCreds: Record<'author' | 'agent' | 'admin', { email: string; password: string }> =
  {} as never
beforeAll(async () => {
  // With a metrics token, so /metrics is a route: no session or staff login opens it.
  t = await makeTestApp({ env: { METRICS_TOKEN: 'matrix-metrics-token-0123456' } })
  const { products } = await ok(await t.api.api.products.$get())
  const procedureId = products.find((p) => p.id === 'espresso-one')?.procedures[0]?.id as string
  const own = await ok(await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline' } }))
  ctx = { session: own.id, token: own.token, procedureId }
  for (const r of ['author', 'agent', 'admin'] as const) staffCreds[r] = await addStaff(t, r)
})
afterAll(() => t.close())

async function call(row: Row, role: Role): Promise<number> {
  const headers: Record<string, string> = {}
  const http = client(t.app)
  let url = row.url(ctx)
  if (role === 'ownToken' || role === 'otherToken') {
    const tok =
      role === 'ownToken'
        ? ctx.token
        : (
            await ok(
              await t.api.api.sessions.$post({
                json: { procedureId: ctx.procedureId, mode: 'inline' },
              }),
            )
          ).token
    headers.authorization = `Bearer ${tok}`
    if (row.path === '/api/ws') url = `/api/ws?session=${ctx.session}&token=${tok}`
  }
  if (role === 'author' || role === 'agent' || role === 'admin') {
    await http.post('/api/auth/login', staffCreds[role])
    Object.assign(headers, http.csrf())
  }
  let body: unknown = row.body
  if (body === 'START') body = { procedureId: ctx.procedureId, mode: 'inline' }
  if (body === 'EVENTS')
    body = {
      events: [{ id: crypto.randomUUID(), type: 'step_view', at: new Date().toISOString() }],
    }
  if (row.raw !== undefined)
    return (await http.send(row.method, url, row.raw, { ...headers, 'content-type': 'text/plain' }))
      .status
  return (await http.send(row.method, url, body as Record<string, unknown> | undefined, headers))
    .status
}

describe('authorization matrix', () => {
  it('has a row for every route, and every row is a route', () => {
    const routes = new Set(
      t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
    )
    const table = new Set(rows.map((r) => `${r.method} ${r.path}`))
    expect([...routes].filter((r) => !table.has(r))).toEqual([])
    expect([...table].filter((r) => !routes.has(r))).toEqual([])
  })

  it.each(rows)('$method $path', async (row) => {
    const got: Partial<Expect> = {}
    for (const role of ROLES) got[role] = await call(row, role)
    expect(got).toEqual(row.expect)
  })
})
