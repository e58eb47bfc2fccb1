import { inArray } from 'drizzle-orm'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stepMedia } from '../../server/db/schema'
import { ProcedureSchema } from '../../server/domain/procedure'
import { MediaUploadedSchema } from '../../server/domain/step-media'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'
import { databaseTargets } from '../helpers/db'

type Staff = ReturnType<typeof client>
const errorShape = {
  error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) },
}

/** A camera-like photo: smooth gradients plus grain, so encoders have real work to do. */
async function photo(width: number, height: number, format: 'jpeg' | 'png' | 'tiff' = 'jpeg') {
  const base = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: 90, g: 120, b: 160 },
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  }).blur(2)
  const img =
    format === 'jpeg' ? base.jpeg({ quality: 92 }) : format === 'png' ? base.png() : base.tiff()
  return new Uint8Array(await img.toBuffer())
}

/** The first bytes of a WebM file (EBML header, DocType "webm") and some payload after it. */
function webm(size: number) {
  const head = [0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84, ...Buffer.from('webm')]
  const b = new Uint8Array(size)
  b.set(head)
  for (let i = head.length; i < size; i++) b[i] = i % 251
  return b
}

describe.each(databaseTargets)('step media on $name', ({ open }) => {
  let t: TestApp
  let author: Staff
  let procedureId: string
  beforeAll(async () => {
    t = await makeTestApp({
      database: await open(),
      env: { MEDIA_IMAGE_MAX_MB: '2', MEDIA_VIDEO_MAX_MB: '3' },
    })
    const { products } = await ok(await t.api.api.products.$get())
    procedureId = products.find((p) => p.id === 'espresso-one')?.procedures[0]?.id as string
    author = client(t.app)
    await author.post('/api/auth/login', await addStaff(t, 'author'))
  }, 60_000)
  afterAll(() => t?.close())

  async function upload(body: Uint8Array<ArrayBuffer>, as: Staff = author, type = 'image/jpeg') {
    const headers: Record<string, string> = { ...as.csrf(), 'content-type': type }
    const jar = Object.entries(as.cookies()).map(([k, v]) => `${k}=${v}`)
    if (jar.length) headers.cookie = jar.join('; ')
    const res = await t.app.request(`/api/studio/procedures/${procedureId}/media`, {
      method: 'POST',
      headers,
      body,
    })
    return { status: res.status, json: (await res.json()) as unknown }
  }

  async function file(url: string, headers: Record<string, string> = {}) {
    const res = await t.app.request(url, { headers })
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) }
  }

  it('keeps a photo at 320, 640 and 1280 px in AVIF, WebP and JPEG, served to anyone', async () => {
    const original = await photo(3000, 2000)
    const up = await upload(original)
    expect(up.status).toBe(201)
    const media = MediaUploadedSchema.parse(up.json).media
    if (media.kind !== 'image') throw new Error('expected an image')
    expect(media.widths).toEqual([320, 640, 1280])
    expect(media.formats).toEqual(['avif', 'webp', 'jpeg'])
    expect([media.width, Math.abs(media.height - 853.3) < 1]).toEqual([1280, true])
    const sizes: Record<string, number> = {}
    for (const w of media.widths)
      for (const [ext, format] of [
        ['avif', 'heif'],
        ['webp', 'webp'],
        ['jpg', 'jpeg'],
      ] as const) {
        const { res, bytes } = await file(`/api/media/${media.id}/${w}.${ext}`)
        expect(res.status).toBe(200)
        expect(res.headers.get('cache-control')).toContain('immutable')
        const meta = await sharp(bytes).metadata()
        expect([meta.format, meta.width]).toEqual([format, w])
        sizes[`${w}.${ext}`] = bytes.byteLength
      }
    // Served without a cookie: the customer's guide is public.
    expect((await file(media.url)).res.status).toBe(200)
    expect(sizes['1280.avif']).toBeLessThan(sizes['1280.jpg'] ?? 0)
    expect(sizes['640.jpg']).toBeLessThan(original.byteLength / 5)
  })

  it('never upscales: a 500 px PNG is kept at 320 and 500', async () => {
    const up = await upload(await photo(500, 400, 'png'), author, 'image/png')
    const media = MediaUploadedSchema.parse(up.json).media
    expect(media.kind === 'image' && media.widths).toEqual([320, 500])
    expect((await file(`/api/media/${media.id}/640.jpg`)).res.status).toBe(404)
  })

  it('refuses TIFF, a program named photo.jpg, and files over the limits, saying why', async () => {
    const tiff = await upload(await photo(64, 64, 'tiff'))
    expect(tiff).toMatchObject({ status: 415, json: errorShape })
    expect(JSON.stringify(tiff.json)).toMatch(/TIFF pictures are not accepted/)
    const elf = new Uint8Array(4096)
    elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])
    const program = await upload(elf)
    expect(program.status).toBe(415)
    expect(JSON.stringify(program.json)).toMatch(/is a program/)
    const exe = new Uint8Array(4096)
    exe.set([0x4d, 0x5a, 0x90])
    expect((await upload(exe)).status).toBe(415)
    // 2.5 MB of photo against a 2 MB limit (the body limit is the video's 3 MB).
    const big = new Uint8Array(2.5 * 1024 * 1024)
    big.set(await photo(32, 32))
    const tooBig = await upload(big)
    expect(tooBig).toMatchObject({ status: 413, json: errorShape })
    expect(JSON.stringify(tooBig.json)).toMatch(/photo is 2\.5 MB; the most is 2 MB/)
    expect((await upload(webm(4 * 1024 * 1024))).status).toBe(413)
    expect((await upload(new Uint8Array(0))).status).toBe(400)
  })

  it('says so when a HEIC photo cannot be read here', async () => {
    const heic = new Uint8Array(2048)
    heic.set([0, 0, 0, 0x18, ...Buffer.from('ftypheic')])
    const up = await upload(heic)
    expect(up).toMatchObject({ status: 415, json: errorShape })
    expect(JSON.stringify(up.json)).toMatch(/HEIC format, which this server cannot read/)
  })

  it('is in the OpenAPI document: the upload, the poster and the public file', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: object }>>
    }
    expect(doc.paths['/api/studio/procedures/{id}/media']?.post?.requestBody).toBeDefined()
    expect(doc.paths['/api/studio/procedures/{id}/media/{mediaId}/poster']?.put).toBeDefined()
    expect(Object.keys(doc.paths['/api/media/{id}/{file}']?.get ?? {})).toContain('responses')
  })

  it('needs an author: anonymous callers and agents upload nothing', async () => {
    expect((await upload(await photo(64, 64), client(t.app))).status).toBe(401)
    const agent = client(t.app)
    await agent.post('/api/auth/login', await addStaff(t, 'agent', 'agent-media@example.com'))
    expect((await upload(await photo(64, 64), agent)).status).toBe(403)
  })

  it('keeps a video as sent with its poster, and serves byte ranges', async () => {
    const body = webm(200_000)
    const up = await upload(body, author, 'video/webm')
    expect(up.status).toBe(201)
    const video = MediaUploadedSchema.parse(up.json).media
    expect(video).toMatchObject({ kind: 'video', type: 'video/webm' })
    const jar = Object.entries(author.cookies()).map(([k, v]) => `${k}=${v}`)
    const res = await t.app.request(
      `/api/studio/procedures/${procedureId}/media/${video.id}/poster`,
      {
        method: 'PUT',
        headers: { ...author.csrf(), cookie: jar.join('; '), 'content-type': 'image/jpeg' },
        body: await photo(640, 360),
      },
    )
    expect(res.status).toBe(200)
    const withPoster = MediaUploadedSchema.parse(await res.json()).media
    expect(withPoster).toMatchObject({ kind: 'video', width: 640, height: 360 })
    const poster = withPoster.kind === 'video' ? withPoster.poster : undefined
    expect((await sharp((await file(poster ?? '')).bytes).metadata()).format).toBe('jpeg')
    const whole = await file(video.url)
    expect([whole.res.status, whole.res.headers.get('content-type')]).toEqual([200, 'video/webm'])
    expect(whole.bytes).toEqual(body)
    const part = await file(video.url, { range: 'bytes=1000-1999' })
    expect(part.res.status).toBe(206)
    expect(part.res.headers.get('content-range')).toBe('bytes 1000-1999/200000')
    expect(part.bytes).toEqual(body.slice(1000, 2000))
    expect((await file(video.url, { range: 'bytes=300000-' })).res.status).toBe(416)
  })

  it('publishes a step photo only with alt text; the published procedure carries it', async () => {
    // An upload nobody used, older than the grace period: the publish removes it.
    const unused = MediaUploadedSchema.parse((await upload(await photo(400, 300))).json).media
    const media = MediaUploadedSchema.parse((await upload(await photo(800, 600))).json).media
    // Both older than the grace period; only the one the draft uses stays.
    await t.deps.db
      .update(stepMedia)
      .set({ createdAt: new Date(Date.now() - 8 * 24 * 3600 * 1000) })
      .where(inArray(stepMedia.id, [unused.id, media.id]))
    expect((await file(unused.url)).res.status).toBe(200)
    const studio = (await author.get(`/api/studio/procedures/${procedureId}`)).json as {
      revision: number
    }
    const v1 = await author.get(`/api/studio/procedures/${procedureId}/versions/1`)
    const current = (v1.json as { procedure: { steps: Record<string, unknown>[] } }).procedure
    const steps = current.steps
    const region = { x: 0.1, y: 0.2, w: 0.3, h: 0.4 }
    const save = async (alt: string, revision: number) => {
      const draft = {
        ...current,
        steps: [{ ...steps[0], media: [{ ...media, alt, region }] }, ...steps.slice(1)],
      }
      const put = await author.send(
        'PUT',
        `/api/studio/procedures/${procedureId}/draft`,
        { draft, baseRevision: revision },
        author.csrf(),
      )
      return (put.json as { revision: number }).revision
    }
    let revision = await save('', studio.revision)
    const refused = await author.post(
      `/api/studio/procedures/${procedureId}/publish`,
      { changeNote: 'photo', baseRevision: revision },
      author.csrf(),
    )
    expect(refused.status).toBe(422)
    expect(refused.json).toMatchObject({
      error: { fields: { 'steps.0.media.0.alt': [expect.stringMatching(/describe the photo/)] } },
    })
    revision = await save('The descaling valve, behind the drip tray', revision)
    const published = await author.post(
      `/api/studio/procedures/${procedureId}/publish`,
      { changeNote: 'photo', baseRevision: revision },
      author.csrf(),
    )
    expect(published.json).toMatchObject({ version: 2 })
    expect((await file(unused.url)).res.status).toBe(404)
    expect((await file(media.url)).res.status).toBe(200)
    const res = await t.app.request(`/api/procedures/${procedureId}`)
    const pub = ProcedureSchema.parse(await res.json())
    expect(pub.steps[0]?.media).toEqual([
      { ...media, alt: 'The descaling valve, behind the drip tray', region },
    ])
  })
})
