import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'

/**
 * Property-based hostile input: for every JSON route, a thousand arbitrary bodies never produce a
 * 5xx, and every failure comes back in the error contract.
 */
const RUNS = 1000

let t: TestApp
let staff: ReturnType<typeof client>
let customer: { id: string; auth: Record<string, string> }
let procedureId: string
beforeAll(async () => {
  t = await makeTestApp()
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
  const s = await ok(await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline' } }))
  customer = { id: s.id, auth: { authorization: `Bearer ${s.token}` } }
  staff = client(t.app)
  await staff.post('/api/auth/login', await addStaff(t, 'admin'))
})
afterAll(() => t.close())

// Arbitrary JSON values, plus objects shaped like the real bodies with wrong or hostile values.
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    "'; drop table users; --",
    '\u0000',
    '../../etc/passwd',
    'x'.repeat(5000),
  ),
)
const value = fc.oneof(fc.jsonValue(), hostileString, fc.integer(), fc.double(), fc.constant(null))
const body = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(
    fc.constantFrom(
      'procedureId',
      'mode',
      'serial',
      'events',
      'outcome',
      'email',
      'password',
      'draft',
      'baseRevision',
      'changeNote',
      'procedure',
      'resolution',
      'notes',
      'stepId',
      'path',
      'hash',
      'id',
      'name',
    ),
    value,
  ),
  fc.record({
    events: fc.array(fc.dictionary(fc.constantFrom('id', 'type', 'at', 'stepId', 'data'), value), {
      maxLength: 5,
    }),
  }),
)

function isErrorContract(json: unknown): boolean {
  const e = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error
  return typeof e?.code === 'string' && typeof e.message === 'string'
}

const routes: {
  name: string
  method: string
  path: () => string
  as: 'customer' | 'staff' | 'anyone'
}[] = [
  { name: 'start session', method: 'POST', path: () => '/api/sessions', as: 'anyone' },
  {
    name: 'events',
    method: 'POST',
    path: () => `/api/sessions/${customer.id}/events`,
    as: 'customer',
  },
  {
    name: 'outcome',
    method: 'POST',
    path: () => `/api/sessions/${customer.id}/outcome`,
    as: 'customer',
  },
  {
    name: 'ask for help',
    method: 'POST',
    path: () => `/api/sessions/${customer.id}/escalation`,
    as: 'customer',
  },
  { name: 'login', method: 'POST', path: () => '/api/auth/login', as: 'anyone' },
  { name: 'first admin', method: 'POST', path: () => '/api/auth/setup', as: 'anyone' },
  { name: 'forgot password', method: 'POST', path: () => '/api/auth/forgot', as: 'anyone' },
  { name: 'link info', method: 'POST', path: () => '/api/auth/link', as: 'anyone' },
  { name: 'new password', method: 'POST', path: () => '/api/auth/password', as: 'anyone' },
  { name: 'invite', method: 'POST', path: () => '/api/admin/users', as: 'staff' },
  {
    name: 'change member',
    method: 'PATCH',
    path: () => '/api/admin/users/00000000-0000-4000-8000-000000000000',
    as: 'staff',
  },
  {
    name: 'close escalation',
    method: 'POST',
    path: () => '/api/agent/escalations/00000000-0000-4000-8000-000000000000/close',
    as: 'staff',
  },
  { name: 'new procedure', method: 'POST', path: () => '/api/studio/procedures', as: 'staff' },
  {
    name: 'save draft',
    method: 'PUT',
    path: () => `/api/studio/procedures/${procedureId}/draft`,
    as: 'staff',
  },
  {
    name: 'publish',
    method: 'POST',
    path: () => `/api/studio/procedures/${procedureId}/publish`,
    as: 'staff',
  },
  { name: 'import', method: 'POST', path: () => '/api/studio/procedures/import', as: 'staff' },
  { name: 'new product', method: 'POST', path: () => '/api/studio/products', as: 'staff' },
  {
    name: 'edit product',
    method: 'PATCH',
    path: () => '/api/studio/products/espresso-one',
    as: 'staff',
  },
  {
    name: 'set model',
    method: 'PUT',
    path: () => '/api/studio/products/espresso-one/model',
    as: 'staff',
  },
  { name: 'new webhook endpoint', method: 'POST', path: () => '/api/studio/webhooks', as: 'staff' },
  {
    name: 'change webhook endpoint',
    method: 'PATCH',
    path: () => '/api/studio/webhooks/00000000-0000-4000-8000-000000000000',
    as: 'staff',
  },
]

describe('hostile JSON bodies', () => {
  it.each(routes)(
    '$name: never a 5xx, always the error contract',
    async (route) => {
      await fc.assert(
        fc.asyncProperty(body, async (b) => {
          const headers =
            route.as === 'customer' ? customer.auth : route.as === 'staff' ? staff.csrf() : {}
          const http = route.as === 'staff' ? staff : client(t.app)
          const res = await http.send(route.method, route.path(), JSON.stringify(b), headers)
          expect(res.status).toBeLessThan(500)
          if (res.status >= 400) expect(isErrorContract(res.json)).toBe(true)
        }),
        { numRuns: RUNS },
      )
    },
    120_000,
  )

  it('a NUL character in any text field is a 400, not a database error', async () => {
    const res = await client(t.app).post('/api/sessions', {
      procedureId,
      mode: 'inline',
      serial: 'a\u0000b',
    })
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({
      error: { code: 'invalid_request', fields: { serial: [expect.any(String)] } },
    })
  })

  it('query strings: lookup never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (code) => {
        const res = await client(t.app).get(`/api/lookup?code=${encodeURIComponent(code)}`)
        expect(res.status).toBeLessThan(500)
        if (res.status >= 400) expect(isErrorContract(res.json)).toBe(true)
      }),
      { numRuns: RUNS },
    )
  }, 120_000)

  it('random bytes as a model upload: 4xx with reasons, never stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2048 }), async (bytes) => {
        const res = await t.app.request('/api/studio/models', {
          method: 'POST',
          headers: {
            'content-type': 'model/gltf-binary',
            cookie: cookieOf(staff),
            ...staff.csrf(),
          },
          body: new Blob([new Uint8Array(bytes)]),
        })
        expect(res.status).toBe(422)
        expect(isErrorContract(await res.json())).toBe(true)
      }),
      { numRuns: 200 },
    )
  }, 120_000)
})

function cookieOf(http: ReturnType<typeof client>) {
  return Object.entries(http.cookies())
    .map(([k, v]) => `${k}=${v}`)
    .join('; ')
}
