import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AppEnv } from '../../server/context'
import { anyJson, doc, json } from '../../server/openapi/describe'
import { openApiDocument } from '../../server/openapi/document'
import { validate } from '../../server/validate'
import { makeTestApp, type TestApp } from '../helpers/app'
import { checkedFetch, OpenApiCheck, type OpenApiDoc } from '../helpers/openapi-check'

let t: TestApp
let document: OpenApiDoc & { openapi: string; info: { title: string } }
beforeAll(async () => {
  t = await makeTestApp({ env: { METRICS_TOKEN: 'openapi-metrics-token-0123' } })
  const res = await t.app.request('/api/openapi.json')
  expect(res.status).toBe(200)
  document = await res.json()
})
afterAll(() => t.close())

const toOpenApi = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 and lists every route of the app, and only those', () => {
    expect(document.openapi).toBe('3.1.0')
    expect(document.info.title).toBe('Fixpoint API')
    const routes = new Set(
      t.app.routes
        .filter((r) => r.method !== 'ALL' && !r.path.endsWith('*'))
        .map((r) => `${r.method} ${toOpenApi(r.path)}`),
    )
    const documented = new Set(
      Object.entries(document.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    )
    expect([...routes].filter((r) => !documented.has(r))).toEqual([])
    expect([...documented].filter((r) => !routes.has(r))).toEqual([])
    expect(documented.has('GET /metrics')).toBe(true)
    expect(documented.size).toBeGreaterThan(60)
  })

  it('names the shape of every JSON answer (no answer documented as any object)', () => {
    const vague: string[] = []
    for (const [path, ops] of Object.entries(document.paths))
      for (const [method, op] of Object.entries(ops))
        for (const [status, answer] of Object.entries(op.responses))
          for (const [type, m] of Object.entries(answer.content ?? {})) {
            const schema = m.schema as Record<string, unknown> | undefined
            if (
              /json/.test(type) &&
              schema &&
              schema.type === 'object' &&
              !schema.properties &&
              !schema.additionalProperties &&
              !schema.$ref
            )
              vague.push(`${method.toUpperCase()} ${path} ${status} ${type}`)
          }
    expect(vague).toEqual([])
    // The analytics CSV is documented as text; the document itself by its frame.
    const analytics = document.paths['/api/studio/procedures/{id}/analytics']?.get
    expect(Object.keys(analytics?.responses['200']?.content ?? {})).toEqual(
      expect.arrayContaining(['application/json', 'text/csv']),
    )
    const self = document.paths['/api/openapi.json']?.get?.responses['200']?.content
    expect(self?.['application/json']?.schema).toMatchObject({
      required: expect.arrayContaining(['openapi', 'info', 'paths']),
    })
  })

  it('takes request schemas from the validators', () => {
    const start = document.paths['/api/sessions']?.post as unknown as {
      requestBody: { content: Record<string, { schema: { properties: object } }> }
    }
    expect(
      Object.keys(start.requestBody.content['application/json']?.schema.properties ?? {}),
    ).toEqual(expect.arrayContaining(['procedureId', 'mode']))
  })

  it('is served as JSON and the reference page loads only our own files', async () => {
    const page = await t.app.request('/api/docs')
    expect(page.status).toBe(200)
    const html = await page.text()
    const srcs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])
    expect(srcs.length).toBeGreaterThan(2)
    for (const src of srcs) expect(src).toMatch(/^\/api\//)
    expect(html).not.toMatch(/<script>(?!<\/script>)/)
    // The page keeps the app's CSP: scripts from our origin only, no framing.
    const csp = page.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(csp).toContain("frame-ancestors 'none'")
    const bundle = await t.app.request('/api/docs/swagger-ui-bundle.js')
    expect(bundle.status).toBe(200)
    expect(bundle.headers.get('content-type')).toMatch(/javascript/)
    expect((await t.app.request('/api/docs/../../etc/passwd')).status).toBe(404)
    expect((await t.app.request('/api/docs/index.html')).status).toBe(400)
  })
})

describe('answers are checked against the document', () => {
  /** A small app documented like ours, whose code disagrees with its document on purpose. */
  function liar() {
    const app = new Hono<AppEnv>()
      .get(
        '/api/thing',
        doc('test', 'A thing', { 200: json(z.object({ name: z.string() })) }),
        (c) => c.json({ name: 42 }, 200),
      )
      .get('/api/created', doc('test', 'Says 200', { 200: anyJson() }), (c) =>
        c.json({ ok: true }, 201),
      )
      .get('/api/text', doc('test', 'Says JSON', { 200: anyJson() }), (c) => c.text('hi'))
      .get(
        '/api/fine',
        doc('test', 'Agrees', { 200: json(z.object({ name: z.string() })) }),
        validate('query', z.object({ q: z.string().optional() })),
        (c) => c.json({ name: 'ok' }, 200),
      )
      .get('/api/bad-error', doc('test', 'Odd error', { 200: anyJson() }), (c) =>
        c.json({ message: 'no code' }, 400),
      )
    app.get('/api/hidden', (c) => c.json({}, 200))
    const fetch = checkedFetch(app.fetch, async () => (await openApiDocument(app, '0')) as never)
    return (path: string) => fetch(new Request(`http://localhost${path}`))
  }

  it('passes an answer that agrees', async () => {
    const res = await liar()('/api/fine?q=x')
    expect(await res.json()).toEqual({ name: 'ok' })
  })

  it('fails a body that does not match its schema', async () => {
    await expect(liar()('/api/thing')).rejects.toThrow(/does not match.*name/)
  })

  it('fails an undocumented status, media type, error shape or route', async () => {
    const get = liar()
    await expect(get('/api/created')).rejects.toThrow(/status 201 is not documented/)
    await expect(get('/api/text')).rejects.toThrow(/content type "text\/plain" is not documented/)
    await expect(get('/api/bad-error')).rejects.toThrow(/does not match/)
    await expect(get('/api/hidden')).rejects.toThrow(/not in the OpenAPI document/)
  })

  it('checks every line of NDJSON', () => {
    const check = new OpenApiCheck({
      paths: {
        '/api/x': {
          get: {
            responses: {
              200: {
                content: {
                  'application/x-ndjson': {
                    schema: {
                      type: 'object',
                      required: ['id'],
                      properties: { id: { type: 'string' } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    })
    expect(() =>
      check.check('GET', '/api/x', 200, 'application/x-ndjson', '{"id":"a"}\n{"id":"b"}\n'),
    ).not.toThrow()
    expect(() =>
      check.check('GET', '/api/x', 200, 'application/x-ndjson', '{"id":"a"}\n{"id":2}\n'),
    ).toThrow(/does not match/)
  })
})
