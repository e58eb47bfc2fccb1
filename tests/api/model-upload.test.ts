import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addStaff, catalogDir, client, makeTestApp, type TestApp } from '../helpers/app'

const glb = readFileSync(join(catalogDir, 'espresso-one', 'model.glb'))
let t: TestApp
let author: ReturnType<typeof client>
beforeAll(async () => {
  t = await makeTestApp({ catalog: null, env: { MAX_UPLOAD_MB: '1' } })
  const creds = await addStaff(t, 'author')
  author = client(t.app)
  await author.post('/api/auth/login', creds)
})
afterAll(() => t.close())

const upload = (http: ReturnType<typeof client>, bytes: Uint8Array) =>
  t.app.request('/api/studio/models', {
    method: 'POST',
    headers: {
      'content-type': 'model/gltf-binary',
      cookie: Object.entries(http.cookies())
        .map(([k, v]) => `${k}=${v}`)
        .join('; '),
      ...http.csrf(),
    },
    body: new Blob([new Uint8Array(bytes)]),
  })

const blobFiles = () => readdirSync(t.deps.blobs.dir).sort()

describe('model upload pipeline', () => {
  it('accepts a valid GLB, normalizes it, stores it by hash and serves it immutably', async () => {
    const res = await upload(author, glb)
    expect(res.status).toBe(201)
    const body = (await res.json()) as {
      hash: string
      url: string
      size: number
      nodeNames: string[]
    }
    expect(body.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(body.url).toBe(`/api/blobs/${body.hash}.glb`)
    expect(body.nodeNames).toContain('label')
    const served = await t.app.request(body.url)
    expect(served.status).toBe(200)
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(served.headers.get('content-type')).toBe('model/gltf-binary')
    const bytes = new Uint8Array(await served.arrayBuffer())
    expect(bytes.byteLength).toBe(body.size)
    expect(new TextDecoder().decode(bytes.subarray(0, 4))).toBe('glTF')
    // The same upload again lands on the same file.
    const again = (await (await upload(author, glb)).json()) as { hash: string }
    expect(again.hash).toBe(body.hash)
    expect(blobFiles()).toEqual([`${body.hash}.glb`])
  })

  it('answers a truncated GLB with 422 and the validator messages, storing nothing', async () => {
    const before = blobFiles()
    const res = await upload(author, glb.subarray(0, Math.floor(glb.byteLength / 2)))
    expect(res.status).toBe(422)
    const body = (await res.json()) as {
      error: { code: string; message: string; issues: { code: string; message: string }[] }
    }
    expect(body.error.code).toBe('invalid_model')
    expect(body.error.issues.length).toBeGreaterThan(0)
    expect(body.error.issues[0]?.message).toEqual(expect.any(String))
    expect(blobFiles()).toEqual(before)
  })

  it('answers a model over the size limit with 413, storing nothing', async () => {
    const before = blobFiles()
    const big = new Uint8Array(1024 * 1024 + 10)
    big.set(glb.subarray(0, 12))
    const res = await upload(author, big)
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: { code: 'payload_too_large' } })
    expect(blobFiles()).toEqual(before)
  })

  it('is for authors and admins only', async () => {
    expect((await upload(client(t.app), glb)).status).toBe(401)
    const agent = client(t.app)
    await agent.post('/api/auth/login', await addStaff(t, 'agent'))
    expect((await upload(agent, glb)).status).toBe(403)
  })

  it('answers an unknown blob with 404 and a bad name with 400', async () => {
    expect((await t.app.request(`/api/blobs/${'0'.repeat(64)}.glb`)).status).toBe(404)
    expect((await t.app.request('/api/blobs/..%2Fsecret.glb')).status).toBe(400)
  })
})
