import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProductFileSchema } from '../../server/domain/product'
import { catalogDir, client, makeTestApp, ok, type TestApp } from '../helpers/app'

const products = readdirSync(catalogDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) =>
    ProductFileSchema.parse(
      JSON.parse(readFileSync(join(catalogDir, d.name, 'product.json'), 'utf8')),
    ),
  )
const first = products[0]
if (!first) throw new Error('models/ holds no product: the catalog seed is missing')

let t: TestApp
let http: ReturnType<typeof client>
beforeAll(async () => {
  t = await makeTestApp()
  http = client(t.app)
})
afterAll(() => t.close())

describe('public read API', () => {
  it('health answers ok', async () => {
    const res = await t.api.api.health.$get()
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('lists every catalog product with its published procedures summarized', async () => {
    const res = await t.api.api.products.$get()
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.products.map((p) => p.id).sort()).toEqual(products.map((p) => p.id).sort())
    const listed = body.products.find((p) => p.id === first.id)
    expect(listed?.procedures.length).toBeGreaterThan(0)
    for (const proc of listed?.procedures ?? []) {
      expect(proc).toMatchObject({
        version: 1,
        title: expect.any(String),
        symptom: expect.any(String),
      })
      expect(proc.minutes).toBeGreaterThan(0)
    }
  })

  it('gives one product with parts and a model URL that serves', async () => {
    const { product } = await ok(await t.api.api.products[':id'].$get({ param: { id: first.id } }))
    expect(product.parts).toEqual(first.parts)
    expect(product.modelUrl).toMatch(
      new RegExp(`^/models/${first.id}/model\\.glb\\?v=[0-9a-f]{12}$`),
    )
  })

  it("gives each product's label pose as its product.json declares it", async () => {
    for (const p of products) {
      const { product } = await ok(await t.api.api.products[':id'].$get({ param: { id: p.id } }))
      expect(p.label, `${p.id} declares a label`).toBeDefined()
      expect(product.label).toEqual(p.label)
    }
  })

  it('answers an unknown product with 404 and the error contract', async () => {
    const res = await http.get('/api/products/no-such-thing')
    expect(res.status).toBe(404)
    expect(res.json).toEqual({
      error: {
        code: 'product_not_found',
        message: expect.any(String),
        requestId: expect.any(String),
      },
    })
  })

  it('answers a malformed id with 400 and field errors', async () => {
    const res = await http.get('/api/products/NOT%20A%20SLUG')
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({
      error: { code: 'invalid_request', fields: { id: [expect.any(String)] } },
    })
  })

  it('looks up exact codes, prefixes with a serial, and QR deep links with a serial', async () => {
    const exact = first.codes.find((c) => !c.startsWith('http'))
    if (exact) {
      const res = await http.get(`/api/lookup?code=${encodeURIComponent(exact)}`)
      expect(res.status).toBe(200)
      expect(res.json).toMatchObject({ product: { id: first.id } })
      expect(res.json).not.toHaveProperty('serial')
    }
    const prefix = products.flatMap((p) => p.codePrefixes.map((x) => ({ id: p.id, x })))[0]
    if (prefix) {
      const res = await http.get(`/api/lookup?code=${encodeURIComponent(`${prefix.x}SN778`)}`)
      expect(res.json).toMatchObject({ product: { id: prefix.id }, serial: 'SN778' })
    }
    const link = `https://shop.example.com/p/${first.id}?sn=123`
    const res = await http.get(`/api/lookup?code=${encodeURIComponent(link)}`)
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ product: { id: first.id }, serial: '123' })
  })

  it('answers an unknown code with 404 and a missing code with 400', async () => {
    expect((await http.get('/api/lookup?code=0000000000000')).json).toMatchObject({
      error: { code: 'unknown_code' },
    })
    expect((await http.get('/api/lookup')).status).toBe(400)
  })

  it('serves the latest published procedure and the same version immutably with an ETag', async () => {
    const { product } = await ok(await t.api.api.products[':id'].$get({ param: { id: first.id } }))
    const procId = product.procedures[0]?.id as string
    const latest = await http.get(`/api/procedures/${procId}`)
    expect(latest.status).toBe(200)
    expect(latest.json).toMatchObject({
      id: procId,
      version: 1,
      productId: first.id,
      steps: expect.any(Array),
    })
    const v1 = await http.get(`/api/procedures/${procId}/versions/1`)
    expect(v1.status).toBe(200)
    expect(v1.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const etag = v1.headers.get('etag')
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/)
    expect(v1.json).toEqual(latest.json)
    const again = await http.get(`/api/procedures/${procId}/versions/1`, {
      'if-none-match': etag as string,
    })
    expect(again.status).toBe(304)
    expect((await http.get(`/api/procedures/${procId}/versions/99`)).status).toBe(404)
    expect((await http.get(`/api/procedures/${procId}/versions/zero`)).status).toBe(400)
  })

  it('compresses a procedure as the client accepts, and any encoding’s ETag revalidates', async () => {
    const { product } = await ok(await t.api.api.products[':id'].$get({ param: { id: first.id } }))
    const url = `/api/procedures/${product.procedures[0]?.id}/versions/1`
    const plain = await t.app.request(url)
    const text = await plain.text()
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toBe('Accept-Encoding, Accept-Language')
    const br = await t.app.request(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } })
    expect(br.headers.get('content-encoding')).toBe('br')
    const brBytes = Buffer.from(await br.arrayBuffer())
    expect(brBytes.length).toBeLessThan(text.length / 2)
    expect(brotliDecompressSync(brBytes).toString()).toBe(text)
    const gz = await t.app.request(url, { headers: { 'accept-encoding': 'gzip, br;q=0' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(text)
    const tags = [plain, br, gz].map((r) => r.headers.get('etag'))
    expect(new Set(tags).size).toBe(3)
    for (const tag of tags) {
      const again = await t.app.request(url, {
        headers: { 'if-none-match': tag as string, 'accept-encoding': 'br' },
      })
      expect(again.status).toBe(304)
    }
  })

  it('a version answered from memory carries the same headers as the first answer', async () => {
    const { product } = await ok(await t.api.api.products[':id'].$get({ param: { id: first.id } }))
    const url = `/api/procedures/${product.procedures[1]?.id}/versions/1`
    const headers = { 'accept-encoding': 'br' }
    const cold = await t.app.request(url, { headers }) // loads it from the database
    const warm = await t.app.request(url, { headers }) // answered before the middleware
    // The date and the request's own id differ from answer to answer; everything else is the same.
    const all = (r: Response) =>
      Object.fromEntries([...r.headers].filter(([k]) => k !== 'date' && k !== 'x-request-id'))
    expect(all(warm)).toEqual(all(cold))
    expect(warm.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(warm.headers.get('x-request-id')).not.toBe(cold.headers.get('x-request-id'))
    expect(warm.headers.get('content-security-policy')).toMatch(/default-src 'self'/)
    expect(Buffer.from(await warm.arrayBuffer())).toEqual(Buffer.from(await cold.arrayBuffer()))
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await http.get('/api/nope')
    expect(res.status).toBe(404)
    expect(res.json).toMatchObject({ error: { code: 'not_found' } })
  })
})
