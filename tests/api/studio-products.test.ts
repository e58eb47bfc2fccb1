import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, catalogDir, client, makeTestApp, type TestApp } from '../helpers/app'

let t: TestApp
let author: ReturnType<typeof client>
let agent: ReturnType<typeof client>
beforeAll(async () => {
  t = await makeTestApp()
  author = client(t.app)
  await author.post('/api/auth/login', await addStaff(t, 'author'))
  agent = client(t.app)
  await agent.post('/api/auth/login', await addStaff(t, 'agent'))
})
afterAll(() => t.close())

const kettle = {
  id: 'kettle-k1',
  name: 'Kettle K1',
  brand: 'Boil',
  modelNumber: 'K1',
  codes: ['4000000000001'],
}

describe('studio products', () => {
  it('only authors and admins may list or change products', async () => {
    expect((await client(t.app).get('/api/studio/products')).status).toBe(401)
    expect((await agent.get('/api/studio/products')).status).toBe(403)
    const list = await author.get('/api/studio/products')
    expect(list.status).toBe(200)
    const ids = (list.json as { products: { id: string }[] }).products.map((p) => p.id)
    expect(ids).toContain('espresso-one')
  })

  it('creates a product once; the same id again answers 409', async () => {
    const created = await author.post('/api/studio/products', kettle, author.csrf())
    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({
      product: { ...kettle, parts: [], codePrefixes: [], modelUrl: null },
    })
    const again = await author.post('/api/studio/products', kettle, author.csrf())
    expect(again.status).toBe(409)
    expect(again.json).toMatchObject({ error: { code: 'product_exists' } })
    const invalid = await author.post('/api/studio/products', { id: 'Bad Id' }, author.csrf())
    expect(invalid.status).toBe(400)
    expect(Object.keys((invalid.json as { error: { fields: object } }).error.fields)).toEqual(
      expect.arrayContaining(['id', 'name']),
    )
  })

  it('edits names, codes and part labels; the public product shows them', async () => {
    const parts = [{ node: 'lid', label: 'Lid' }]
    const res = await author.send(
      'PATCH',
      '/api/studio/products/kettle-k1',
      { name: 'Kettle K1 Pro', codePrefixes: ['K1-'], parts },
      author.csrf(),
    )
    expect(res.status).toBe(200)
    const pub = await client(t.app).get('/api/products/kettle-k1')
    expect(pub.json).toMatchObject({ product: { name: 'Kettle K1 Pro', parts } })
    const bad = await author.send(
      'PATCH',
      '/api/studio/products/kettle-k1',
      { parts: [{ node: '', label: 'x' }] },
      author.csrf(),
    )
    expect(bad.status).toBe(400)
    const missing = await author.send(
      'PATCH',
      '/api/studio/products/no-such',
      { name: 'x' },
      author.csrf(),
    )
    expect(missing.status).toBe(404)
  })

  it('reads, writes and clears the label pose; the public product shows it', async () => {
    const label = { center: [0.01, 0.12, 0.05], normal: [0, 0, 1], up: [0, 1, 0], sizeMm: 40 }
    const before = await author.get('/api/studio/products/kettle-k1')
    expect(before.json).toMatchObject({ product: { label: null } })
    expect((await client(t.app).get('/api/products/kettle-k1')).json).toMatchObject({
      product: { label: null },
    })
    const set = await author.send(
      'PATCH',
      '/api/studio/products/kettle-k1',
      { label },
      author.csrf(),
    )
    expect(set.status).toBe(200)
    expect(set.json).toMatchObject({ product: { label } })
    expect((await author.get('/api/studio/products/kettle-k1')).json).toMatchObject({
      product: { label },
    })
    expect((await client(t.app).get('/api/products/kettle-k1')).json).toMatchObject({
      product: { label },
    })
    const cleared = await author.send(
      'PATCH',
      '/api/studio/products/kettle-k1',
      { label: null },
      author.csrf(),
    )
    expect(cleared.json).toMatchObject({ product: { label: null } })
    expect((await client(t.app).get('/api/products/kettle-k1')).json).toMatchObject({
      product: { label: null },
    })
  })

  it('refuses a label that is not a pose, naming the field', async () => {
    const good = { center: [0, 0.1, 0], normal: [0, 0, 1], up: [0, 1, 0], sizeMm: 40 }
    const cases: [object, string][] = [
      [{ ...good, normal: [0, 0, 2] }, 'label.normal'],
      [{ ...good, up: [0, 0, 1] }, 'label.up'],
      [{ ...good, sizeMm: 5 }, 'label.sizeMm'],
      [{ ...good, center: [0, 0.1] }, 'label.center'],
    ]
    for (const [label, field] of cases) {
      const res = await author.send(
        'PATCH',
        '/api/studio/products/kettle-k1',
        { label },
        author.csrf(),
      )
      expect(res.status, field).toBe(400)
      expect(
        Object.keys((res.json as { error: { fields: object } }).error.fields),
        field,
      ).toContain(field)
    }
    const created = await author.post(
      '/api/studio/products',
      { ...kettle, id: 'kettle-k2', label: { ...good, sizeMm: 400 } },
      author.csrf(),
    )
    expect(created.status).toBe(400)
  })

  it('sets the model only to an uploaded blob', async () => {
    const unknown = await author.send(
      'PUT',
      '/api/studio/products/kettle-k1/model',
      { hash: 'a'.repeat(64) },
      author.csrf(),
    )
    expect(unknown.status).toBe(422)
    expect(unknown.json).toMatchObject({ error: { code: 'model_not_found' } })
    const glb = readFileSync(join(catalogDir, 'espresso-one', 'model.glb'))
    const hash = await t.deps.blobs.put(new Uint8Array(glb))
    const set = await author.send(
      'PUT',
      '/api/studio/products/kettle-k1/model',
      { hash },
      author.csrf(),
    )
    expect(set.status).toBe(200)
    const pub = await client(t.app).get('/api/products/kettle-k1')
    expect(pub.json).toMatchObject({ product: { modelUrl: `/api/blobs/${hash}.glb` } })
  })

  it('a write without the csrf token is refused', async () => {
    const res = await author.send('PATCH', '/api/studio/products/kettle-k1', { name: 'x' })
    expect(res.status).toBe(403)
  })
})
