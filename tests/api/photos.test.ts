import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PHOTO_MAX_BYTES, PhotoCreatedSchema, PhotoListSchema } from '../../server/domain/photo'
import { ServerMessageSchema } from '../../server/domain/realtime'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'
import { databaseTargets } from '../helpers/db'
import { containsAscii, hasApp1, jpegWithGps } from '../helpers/exif-jpeg'

type Staff = ReturnType<typeof client>
const errorShape = {
  error: { code: expect.any(String), message: expect.any(String), requestId: expect.any(String) },
}

describe.each(databaseTargets)('photo evidence on $name', ({ open }) => {
  let t: TestApp
  let agent: Staff
  let author: Staff
  let procedureId: string
  beforeAll(async () => {
    t = await makeTestApp({ database: await open() })
    const { products } = await ok(await t.api.api.products.$get())
    procedureId = products.find((p) => p.id === 'espresso-one')?.procedures[0]?.id as string
    agent = client(t.app)
    await agent.post('/api/auth/login', await addStaff(t, 'agent'))
    author = client(t.app)
    await author.post('/api/auth/login', await addStaff(t, 'author'))
  }, 60_000)
  afterAll(() => t?.close())

  async function startSession() {
    const s = await ok(await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline' } }))
    const steps = s.procedure.steps.map((step) => step.id)
    return {
      id: s.id,
      version: s.procedure.version,
      steps,
      auth: { authorization: `Bearer ${s.token}` },
    }
  }

  async function upload(
    session: { id: string; auth: Record<string, string> },
    body: Uint8Array<ArrayBuffer>,
    query: string,
    type = 'image/jpeg',
  ) {
    const res = await t.app.request(`/api/sessions/${session.id}/photos?${query}`, {
      method: 'POST',
      headers: { ...session.auth, 'content-type': type },
      body,
    })
    return { status: res.status, json: (await res.json()) as unknown }
  }

  const cookieOf = (s: Staff) =>
    Object.entries(s.cookies())
      .map(([k, v]) => `${k}=${v}`)
      .join('; ')

  async function bytesOf(path: string, headers: Record<string, string>) {
    const res = await t.app.request(path, { headers })
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: new Uint8Array(await res.arrayBuffer()),
    }
  }

  it('a photo added during a call reaches the agent in the call at once (photo_added)', async () => {
    const s = await startSession()
    const asked = await client(t.app).post(
      `/api/sessions/${s.id}/escalation`,
      { stepId: s.steps[0], timeOnStepMs: 1000, path: [s.steps[0]], mode: 'inline' },
      s.auth,
    )
    const escalationId = (asked.json as { escalation: { id: string } }).escalation.id
    const accepted = await agent.post(
      `/api/agent/escalations/${escalationId}/accept`,
      {},
      agent.csrf(),
    )
    expect(accepted.status).toBe(200)
    const detail = await agent.get(`/api/agent/escalations/${escalationId}`)
    const agentId = (detail.json as { escalation: { agentId: string } }).escalation.agentId
    // The agent's console socket, as the hub holds it.
    const heard: string[] = []
    await t.deps.hub.add({
      kind: 'agent',
      userId: agentId,
      channels: new Set([`user:${agentId}`]),
      socket: { send: (d) => heard.push(d), close: () => {} },
    })
    const sent = await upload(s, await jpegWithGps(), `stage=help&stepId=${s.steps[0]}`)
    expect(sent.status).toBe(201)
    const photo = PhotoCreatedSchema.parse(sent.json).photo
    const messages = heard.map((d) => ServerMessageSchema.parse(JSON.parse(d)))
    expect(messages).toContainEqual(
      expect.objectContaining({ type: 'photo_added', escalationId, photoId: photo.id }),
    )
  })

  it('a JPEG with GPS EXIF added at "not fixed" is stored without metadata, upright, for the agent and for analytics', async () => {
    const s = await startSession()
    const lastStep = s.steps.at(-1) as string
    const original = await jpegWithGps()
    expect(containsAscii(original, 'Exif')).toBe(true)

    const outcome = await client(t.app).post(
      `/api/sessions/${s.id}/outcome`,
      { outcome: 'not_fixed' },
      s.auth,
    )
    expect(outcome.status).toBe(200)
    const sent = await upload(s, original, `stage=outcome&stepId=${lastStep}`)
    expect(sent.status).toBe(201)
    const photo = PhotoCreatedSchema.parse(sent.json).photo
    // Orientation 6 applied: the 64×48 picture is stored as 48×64.
    expect(photo).toMatchObject({ stage: 'outcome', stepId: lastStep, width: 48, height: 64 })

    // The customer reads it back with their token; the stored bytes carry no EXIF and no GPS.
    const mine = await bytesOf(`/api/sessions/${s.id}/photos/${photo.id}`, s.auth)
    expect(mine.status).toBe(200)
    expect(mine.type).toBe('image/jpeg')
    expect(containsAscii(mine.body, 'Exif')).toBe(false)
    expect(hasApp1(mine.body)).toBe(false)
    expect(mine.body.byteLength).toBe(photo.size)
    const meta = await sharp(mine.body).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.orientation).toBeUndefined()
    // It still decodes, and the red half (the top once turned upright) is where it should be.
    const { data, info } = await sharp(mine.body).raw().toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([48, 64])
    const px = (x: number, y: number) => [...data.subarray((y * 48 + x) * 3, (y * 48 + x) * 3 + 3)]
    expect(px(24, 8)[0]).toBeGreaterThan(200)
    expect(px(24, 56)[2]).toBeGreaterThan(200)

    // The agent sees it in the escalation's context once the customer asks for help.
    const asked = await client(t.app).post(
      `/api/sessions/${s.id}/escalation`,
      { stepId: lastStep, timeOnStepMs: 1000, path: s.steps, mode: 'inline' },
      s.auth,
    )
    expect(asked.status).toBeLessThan(300)
    const escalationId = (asked.json as { escalation: { id: string } }).escalation.id
    const forAgent = await agent.get(`/api/agent/escalations/${escalationId}/photos`)
    expect(PhotoListSchema.parse(forAgent.json).photos.map((p) => p.id)).toEqual([photo.id])
    const agentCopy = await bytesOf(`/api/agent/escalations/${escalationId}/photos/${photo.id}`, {
      cookie: cookieOf(agent),
    })
    expect(agentCopy.status).toBe(200)
    expect(agentCopy.body).toEqual(mine.body)

    // Authors find it under its step in the procedure's analytics.
    const forAuthor = await author.get(
      `/api/studio/procedures/${procedureId}/photos?version=${s.version}`,
    )
    const listed = PhotoListSchema.parse(forAuthor.json).photos.find((p) => p.id === photo.id)
    expect(listed?.stepId).toBe(lastStep)
    const authorCopy = await bytesOf(`/api/studio/procedures/${procedureId}/photos/${photo.id}`, {
      cookie: cookieOf(author),
    })
    expect(authorCopy.body).toEqual(mine.body)

    // Nobody else reads it: another session's token, another procedure's path, no credentials.
    const stranger = await startSession()
    expect(
      (await bytesOf(`/api/sessions/${stranger.id}/photos/${photo.id}`, stranger.auth)).status,
    ).toBe(404)
    expect((await bytesOf(`/api/sessions/${s.id}/photos/${photo.id}`, stranger.auth)).status).toBe(
      403,
    )
    expect((await bytesOf(`/api/sessions/${s.id}/photos/${photo.id}`, {})).status).toBe(401)
    expect(
      (
        await bytesOf(`/api/studio/procedures/no-such-procedure/photos/${photo.id}`, {
          cookie: cookieOf(author),
        })
      ).status,
    ).toBe(404)
  })

  it('a non-image, an oversized file and a broken JPEG get a clear 4xx, and the repair loses nothing', async () => {
    const s = await startSession()
    const notImage = await upload(
      s,
      new TextEncoder().encode('%PDF-1.7 not a picture'),
      'stage=help',
      'image/jpeg',
    )
    expect(notImage.status).toBe(415)
    expect(notImage.json).toMatchObject({ error: { code: 'unsupported_media_type' } })
    expect(notImage.json).toEqual(errorShape)

    const huge = new Uint8Array(PHOTO_MAX_BYTES + 1)
    huge.set([0xff, 0xd8, 0xff, 0xe0])
    const tooLarge = await upload(s, huge, 'stage=help')
    expect(tooLarge.status).toBe(413)
    expect(tooLarge.json).toMatchObject({ error: { code: 'payload_too_large' } })

    const whole = await jpegWithGps()
    const broken = await upload(
      s,
      whole.slice(0, Math.floor(whole.byteLength * 0.6)),
      'stage=outcome',
    )
    expect(broken.status).toBe(422)
    expect(broken.json).toMatchObject({ error: { code: 'invalid_image' } })
    expect((broken.json as { error: { message: string } }).error.message).toMatch(
      /damaged|incomplete/,
    )

    const badStage = await upload(s, whole, 'stage=lunch')
    expect(badStage.status).toBe(400)
    expect(badStage.json).toMatchObject({
      error: { code: 'invalid_request', fields: { stage: expect.any(Array) } },
    })

    // Nothing was stored, and the outcome still goes through.
    const list = await client(t.app).get(`/api/sessions/${s.id}/photos`, s.auth)
    expect(PhotoListSchema.parse(list.json).photos).toEqual([])
    const outcome = await client(t.app).post(
      `/api/sessions/${s.id}/outcome`,
      { outcome: 'not_fixed' },
      s.auth,
    )
    expect(outcome.status).toBe(200)
    // A good photo after the bad ones is taken as usual; an unknown step falls back to the session's.
    const good = await upload(s, whole, 'stage=outcome&stepId=no-such-step')
    expect(good.status).toBe(201)
    expect(PhotoCreatedSchema.parse(good.json).photo.stepId).toBe(s.steps[0])
  })
})
