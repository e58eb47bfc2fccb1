import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionEvents } from '../../server/db/schema'
import { EventBatchResultSchema } from '../../server/domain/event-batch'
import { client, makeTestApp, ok, type TestApp } from '../helpers/app'

let t: TestApp
let http: ReturnType<typeof client>
let procedureId: string
beforeAll(async () => {
  t = await makeTestApp()
  http = client(t.app)
  const { products } = await ok(await t.api.api.products.$get())
  procedureId = products[0]?.procedures[0]?.id as string
})
afterAll(() => t.close())

async function start(serial?: string) {
  return ok(
    await t.api.api.sessions.$post({
      json: { procedureId, mode: 'inline', ...(serial ? { serial } : {}) },
    }),
  )
}

const event = (type: string, stepId?: string, at = new Date().toISOString()) => ({
  id: randomUUID(),
  type,
  at,
  ...(stepId ? { stepId } : {}),
})

describe('repair sessions', () => {
  it('starts a session with a capability token and the procedure version it runs', async () => {
    const s = await start('SN-42')
    expect(s.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(s.token.length).toBeGreaterThanOrEqual(40)
    expect(s.procedure).toMatchObject({ id: procedureId, version: 1 })
    const state = await http.get(`/api/sessions/${s.id}`, { authorization: `Bearer ${s.token}` })
    expect(state.status).toBe(200)
    expect(state.json).toMatchObject({
      id: s.id,
      procedureId,
      version: 1,
      mode: 'inline',
      serial: 'SN-42',
      outcome: null,
      currentStepId: s.procedure.steps[0]?.id,
      escalation: null,
    })
  })

  it('refuses an unknown procedure with 404 and a bad mode with field errors', async () => {
    const unknown = await http.post('/api/sessions', {
      procedureId: 'no-such-procedure',
      mode: 'inline',
    })
    expect(unknown.status).toBe(404)
    expect(unknown.json).toMatchObject({ error: { code: 'procedure_not_found' } })
    const bad = await http.post('/api/sessions', { procedureId, mode: 'vr' })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({
      error: { code: 'invalid_request', fields: { mode: [expect.any(String)] } },
    })
  })

  it('answers malformed JSON with 400 malformed_json', async () => {
    const res = await http.post('/api/sessions', '{"procedureId":')
    expect(res.status).toBe(400)
    expect(res.json).toMatchObject({ error: { code: 'malformed_json' } })
  })

  it('answers a body over the limit with 413', async () => {
    const res = await http.post(
      '/api/sessions',
      JSON.stringify({ procedureId, mode: 'inline', pad: 'x'.repeat(1_100_000) }),
    )
    expect(res.status).toBe(413)
    expect(res.json).toMatchObject({ error: { code: 'payload_too_large' } })
  })

  it('lets only the session token in: none is 401, another session token is 403', async () => {
    const a = await start()
    const b = await start()
    expect((await http.get(`/api/sessions/${a.id}`)).status).toBe(401)
    expect(
      (await http.get(`/api/sessions/${a.id}`, { authorization: `Bearer ${b.token}` })).status,
    ).toBe(403)
    expect(
      (await http.get(`/api/sessions/${randomUUID()}`, { authorization: `Bearer ${a.token}` }))
        .status,
    ).toBe(404)
  })

  it('accepts each event exactly once however often a batch is resent', async () => {
    const s = await start()
    const auth = { authorization: `Bearer ${s.token}` }
    const second = s.procedure.steps[1]?.id as string
    const batch = [
      event('step_view', s.procedure.steps[0]?.id),
      event('step_complete'),
      event('step_view', second),
    ]
    const first = await http.post(`/api/sessions/${s.id}/events`, { events: batch }, auth)
    expect(first.json).toMatchObject({ accepted: 3, duplicates: 0, rejected: 0 })
    const stuck = event('stuck', second)
    const again = await http.post(
      `/api/sessions/${s.id}/events`,
      { events: [...batch, stuck, stuck] },
      auth,
    )
    expect(again.json).toEqual({
      accepted: 1,
      duplicates: 4,
      rejected: 0,
      results: [
        ...batch.map((e) => ({ status: 'duplicate', id: e.id })),
        { status: 'stored', id: stuck.id },
        // The same id twice in one batch is stored once.
        { status: 'duplicate', id: stuck.id },
      ],
    })
    const state = await http.get(`/api/sessions/${s.id}`, auth)
    expect(state.json).toMatchObject({ currentStepId: second })
  })

  it('stores the good events of a mixed batch and refuses only the bad ones, each with a reason', async () => {
    const s = await start()
    const auth = { authorization: `Bearer ${s.token}` }
    const second = s.procedure.steps[1]?.id as string
    const good = [event('step_view', second), event('step_complete', second)]
    const bad = [
      { ...event('dance'), id: 'x' },
      { ...event('stuck'), data: { note: 'a\u0000b' } },
      { ...event('stuck'), data: { note: '\ud800' } },
      event('stuck', undefined, '0000-01-01T00:00:00Z'),
      { ...event('stuck'), data: { deep: JSON.parse(`${'['.repeat(20)}${']'.repeat(20)}`) } },
      'not an event',
    ]
    const sent = [good[0], ...bad.slice(0, 3), good[1], ...bad.slice(3)]
    const res = await http.post(`/api/sessions/${s.id}/events`, { events: sent }, auth)
    expect(res.status).toBe(200)
    const body = EventBatchResultSchema.parse(res.json)
    expect(body).toMatchObject({ accepted: 2, duplicates: 0, rejected: bad.length })
    expect(body.results.map((r) => r.status)).toEqual([
      'stored',
      'rejected',
      'rejected',
      'rejected',
      'stored',
      'rejected',
      'rejected',
      'rejected',
    ])
    const refused = body.results.flatMap((r) => (r.status === 'rejected' ? [r] : []))
    expect(refused[0]).toMatchObject({
      id: 'x',
      fields: { id: [expect.any(String)], type: [expect.any(String)] },
    })
    expect(refused[1]).toMatchObject({
      fields: { 'data.note': ['must not contain NUL characters'] },
    })
    expect(refused[2]?.reason).toMatch(/^data\.note: .*surrogate/)
    expect(refused[3]?.fields).toHaveProperty('at')
    expect(refused[4]?.reason).toMatch(/nested/)
    expect(refused[5]).toMatchObject({ id: null })
    // The good ones are stored: the session moved to their step, and resending them changes nothing.
    expect((await http.get(`/api/sessions/${s.id}`, auth)).json).toMatchObject({
      currentStepId: second,
    })
    const rows = await t.deps.db
      .select({ id: sessionEvents.id })
      .from(sessionEvents)
      .where(eq(sessionEvents.sessionId, s.id))
    expect(rows.map((r) => r.id).sort()).toEqual(good.map((e) => e.id).sort())
    const again = await http.post(`/api/sessions/${s.id}/events`, { events: good }, auth)
    expect(again.json).toMatchObject({ accepted: 0, duplicates: 2 })
  })

  it('refuses a batch that is not a list of at most 500 with 400', async () => {
    const s = await start()
    const auth = { authorization: `Bearer ${s.token}` }
    const many = Array.from({ length: 501 }, () => event('stuck'))
    for (const events of [[], many, 'x']) {
      const res = await http.post(`/api/sessions/${s.id}/events`, { events }, auth)
      expect(res.status).toBe(400)
      expect(res.json).toMatchObject({
        error: { code: 'invalid_request', fields: { events: [expect.any(String)] } },
      })
    }
  })

  it('records the outcome once; the same answer again is fine, a different one is 409', async () => {
    const s = await start()
    const auth = { authorization: `Bearer ${s.token}` }
    expect(
      (await http.post(`/api/sessions/${s.id}/outcome`, { outcome: 'fixed' }, auth)).json,
    ).toEqual({
      id: s.id,
      outcome: 'fixed',
    })
    expect(
      (await http.post(`/api/sessions/${s.id}/outcome`, { outcome: 'fixed' }, auth)).status,
    ).toBe(200)
    const conflict = await http.post(
      `/api/sessions/${s.id}/outcome`,
      { outcome: 'not_fixed' },
      auth,
    )
    expect(conflict.status).toBe(409)
    expect(conflict.json).toMatchObject({ error: { code: 'outcome_already_recorded' } })
    expect((await http.get(`/api/sessions/${s.id}`, auth)).json).toMatchObject({ outcome: 'fixed' })
  })
})
