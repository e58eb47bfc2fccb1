import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SnapshotMessageSchema } from '../../server/domain/realtime'
import { SnapshotListSchema } from '../../server/domain/snapshot'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'
import { databaseTargets } from '../helpers/db'
import { JPEG_BASELINE, pngImage, WEBP_LOSSY } from '../helpers/image-fixtures'

type Agent = ReturnType<typeof client>

describe.each(databaseTargets)('snapshots stored with the escalation on $name', ({ open }) => {
  let t: TestApp
  let agentA: Agent
  let agentB: Agent
  let procedureId: string
  beforeAll(async () => {
    t = await makeTestApp({ database: await open() })
    const { products } = await ok(await t.api.api.products.$get())
    procedureId = products[0]?.procedures[0]?.id as string
    agentA = client(t.app)
    await agentA.post('/api/auth/login', await addStaff(t, 'agent', 'a@example.com'))
    agentB = client(t.app)
    await agentB.post('/api/auth/login', await addStaff(t, 'agent', 'b@example.com'))
  }, 60_000)
  afterAll(() => t?.close())

  /** A customer whose help request agent A has taken; their socket's messages are collected. */
  async function inCall() {
    const s = await ok(await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline' } }))
    const auth = { authorization: `Bearer ${s.token}` }
    const stepId = s.procedure.steps[0]?.id as string
    const asked = await client(t.app).post(
      `/api/sessions/${s.id}/escalation`,
      { stepId, timeOnStepMs: 1000, path: [stepId], mode: 'inline' },
      auth,
    )
    const escalationId = (asked.json as { escalation: { id: string } }).escalation.id
    const accepted = await agentA.post(
      `/api/agent/escalations/${escalationId}/accept`,
      {},
      agentA.csrf(),
    )
    expect(accepted.status).toBe(200)
    const received: unknown[] = []
    t.deps.hub.add({
      kind: 'customer',
      sessionId: s.id,
      channels: new Set([`session:${s.id}`]),
      socket: { send: (d) => received.push(JSON.parse(d)), close: () => {} },
    })
    return { sessionId: s.id, auth, escalationId, received }
  }

  async function upload(
    agent: Agent,
    escalationId: string,
    body: Uint8Array<ArrayBuffer>,
    type: string,
  ) {
    const cookie = Object.entries(agent.cookies())
      .map(([k, v]) => `${k}=${v}`)
      .join('; ')
    const res = await t.app.request(`/api/agent/escalations/${escalationId}/snapshots`, {
      method: 'POST',
      headers: { 'content-type': type, cookie, ...agent.csrf() },
      body,
    })
    return {
      status: res.status,
      connection: res.headers.get('connection'),
      json: (await res.json()) as Record<string, unknown>,
    }
  }

  const listed = async (escalationId: string) =>
    SnapshotListSchema.parse(
      (await agentA.get(`/api/agent/escalations/${escalationId}/snapshots`)).json,
    ).snapshots

  const bytesOf = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers })
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: new Uint8Array(await res.arrayBuffer()),
    }
  }

  it('the agent’s image is stored, listed, served back byte for byte and announced to the customer', async () => {
    const call = await inCall()
    const sent = await upload(agentA, call.escalationId, WEBP_LOSSY, 'image/webp')
    expect(sent.status).toBe(201)
    expect(sent.connection).toBeNull()
    expect(sent.json.snapshot).toMatchObject({
      escalationId: call.escalationId,
      type: 'image/webp',
      width: 33,
      height: 21,
      size: WEBP_LOSSY.byteLength,
    })
    const id = (sent.json.snapshot as { id: string }).id

    // The customer's page hears of it at once, in the shape its schema expects.
    const message = SnapshotMessageSchema.parse(
      call.received.find((m) => (m as { type?: string }).type === 'snapshot'),
    )
    expect(message.snapshot.id).toBe(id)

    // In the escalation's history, for the agent; the image itself, exactly as sent.
    expect((await listed(call.escalationId)).map((s) => s.id)).toEqual([id])
    const cookie = Object.entries(agentA.cookies())
      .map(([k, v]) => `${k}=${v}`)
      .join('; ')
    const agentCopy = await bytesOf(`/api/agent/escalations/${call.escalationId}/snapshots/${id}`, {
      cookie,
    })
    expect(agentCopy).toEqual({ status: 200, type: 'image/webp', body: WEBP_LOSSY })

    // The customer reads it with their session token, and nobody reads it with another's.
    const customerList = await client(t.app).get(
      `/api/sessions/${call.sessionId}/snapshots`,
      call.auth,
    )
    expect(SnapshotListSchema.parse(customerList.json).snapshots.map((s) => s.id)).toEqual([id])
    const customerCopy = await bytesOf(`/api/sessions/${call.sessionId}/snapshots/${id}`, call.auth)
    expect(customerCopy).toEqual({ status: 200, type: 'image/webp', body: WEBP_LOSSY })
    const stranger = await inCall()
    expect(
      (await bytesOf(`/api/sessions/${stranger.sessionId}/snapshots/${id}`, stranger.auth)).status,
    ).toBe(404)
    expect((await bytesOf(`/api/sessions/${call.sessionId}/snapshots/${id}`)).status).toBe(401)

    // A second one (a JPEG this time) joins the history after the first.
    const second = await upload(agentA, call.escalationId, JPEG_BASELINE, 'image/jpeg')
    expect(second.status).toBe(201)
    expect((await listed(call.escalationId)).map((s) => s.type)).toEqual([
      'image/webp',
      'image/jpeg',
    ])
  })

  it('refuses what is not an image of its declared type, too large, or not from the call’s agent, and keeps what was stored', async () => {
    const call = await inCall()
    const kept = await upload(agentA, call.escalationId, pngImage(64, 48), 'image/png')
    expect(kept.status).toBe(201)
    const before = await listed(call.escalationId)

    const text = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    const svg = await upload(agentA, call.escalationId, text, 'image/svg+xml')
    expect(svg.status).toBe(415)
    expect(svg.json).toMatchObject({
      error: { code: 'unsupported_media_type', message: expect.stringContaining('image/webp') },
    })

    const lying = await upload(agentA, call.escalationId, JPEG_BASELINE, 'image/png')
    expect(lying.status).toBe(422)
    expect(lying.json).toMatchObject({
      error: {
        code: 'invalid_image',
        message: 'The snapshot says it is image/png but it is image/jpeg.',
      },
    })

    const cut = await upload(agentA, call.escalationId, WEBP_LOSSY.slice(0, 40), 'image/webp')
    expect(cut.status).toBe(422)

    const empty = await upload(agentA, call.escalationId, new Uint8Array(), 'image/png')
    expect(empty.status).toBe(400)

    const huge = pngImage(1024, 1024, 'noise')
    expect(huge.byteLength).toBeGreaterThan(2 * 1024 * 1024)
    const tooLarge = await upload(agentA, call.escalationId, huge, 'image/png')
    expect(tooLarge.status).toBe(413)
    // Refused unread, so the client must not reuse the connection (the server drops it).
    expect(tooLarge.connection).toBe('close')
    expect(tooLarge.json).toMatchObject({
      error: { code: 'payload_too_large', message: 'The snapshot is larger than 2 MB.' },
    })

    const wide = await upload(agentA, call.escalationId, pngImage(5000, 1), 'image/png')
    expect(wide.status).toBe(422)
    expect(wide.json).toMatchObject({ error: { message: expect.stringContaining('5000×1') } })

    const otherAgent = await upload(agentB, call.escalationId, WEBP_LOSSY, 'image/webp')
    expect(otherAgent.status).toBe(403)
    expect(otherAgent.connection).toBe('close')
    expect(otherAgent.json).toMatchObject({ error: { code: 'not_your_escalation' } })

    const anonymous = await t.app.request(`/api/agent/escalations/${call.escalationId}/snapshots`, {
      method: 'POST',
      headers: { 'content-type': 'image/webp', ...call.auth },
      body: WEBP_LOSSY,
    })
    expect(anonymous.status).toBe(401)

    // Nothing refused was stored, nothing stored was lost, and the customer heard only of the one.
    expect(await listed(call.escalationId)).toEqual(before)
    expect(call.received.filter((m) => (m as { type?: string }).type === 'snapshot')).toHaveLength(
      1,
    )

    // Once the call is closed, no more snapshots; the history stays.
    await agentA.post(
      `/api/agent/escalations/${call.escalationId}/close`,
      { resolution: 'resolved' },
      agentA.csrf(),
    )
    const late = await upload(agentA, call.escalationId, WEBP_LOSSY, 'image/webp')
    expect(late.status).toBe(409)
    expect(await listed(call.escalationId)).toEqual(before)
  })

  it('random bytes under any image type: a 4xx with the error contract, never stored', async () => {
    const call = await inCall()
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 2048 }),
        fc.constantFrom('image/webp', 'image/jpeg', 'image/png'),
        async (bytes, type) => {
          const res = await upload(agentA, call.escalationId, new Uint8Array(bytes), type)
          expect(res.status).toBe(422)
          expect(res.json).toMatchObject({ error: { code: 'invalid_image' } })
        },
      ),
      { numRuns: 100 },
    )
    expect(await listed(call.escalationId)).toEqual([])
    expect(call.received).toEqual([])
  })
})
