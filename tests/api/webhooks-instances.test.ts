import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Database, openDatabase } from '../../server/db/client'
import { DeliveryWorker } from '../../server/webhooks/worker'
import { addStaff, client, makeTestApp, ok, type TestApp } from '../helpers/app'
import { serverDatabase } from '../helpers/db'
import { startReceiver } from '../helpers/webhook-receiver'

/**
 * Three delivery workers, each on its own connection pool as three instances would be, on one
 * PostgreSQL database: every event is sent by exactly one of them per attempt.
 */
const adminUrl = process.env.TEST_DATABASE_URL
if (!adminUrl)
  throw new Error(
    'These tests need a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test).',
  )

const EVENTS = 40
let t: TestApp
let shared: Database & { url: string }
const instances: Database[] = []
beforeAll(async () => {
  shared = await serverDatabase(adminUrl)
  t = await makeTestApp({
    database: shared,
    env: { WEBHOOK_POLL_MS: '20', WEBHOOK_RETRY_BASE_MS: '50', WEBHOOK_RETRY_MAX_MS: '100' },
  })
  for (let i = 0; i < 3; i++)
    instances.push(await openDatabase({ kind: 'postgres', url: shared.url, max: 3 }))
})
afterAll(async () => {
  for (const d of instances) await d.close()
  await t.close()
})

describe('webhook workers on several instances', () => {
  it('each attempt is made by one instance: every event fails once, then arrives once', async () => {
    const seen = new Map<string, number[]>()
    const receiver = await startReceiver((_i, r) => {
      const id = String(r.headers['webhook-id'])
      const statuses = seen.get(id) ?? []
      const status = statuses.length === 0 ? 503 : 200
      seen.set(id, [...statuses, status])
      return status
    })
    const admin = client(t.app)
    await admin.post('/api/auth/login', await addStaff(t, 'admin'))
    const added = await admin.post('/api/studio/webhooks', { url: receiver.url }, admin.csrf())
    expect(added.status).toBe(201)
    const { products } = await ok(await t.api.api.products.$get())
    const procedureId = products[0]?.procedures[0]?.id as string
    for (let i = 0; i < EVENTS; i++) {
      const s = await ok(await t.api.api.sessions.$post({ json: { procedureId, mode: 'inline' } }))
      await client(t.app).post(
        `/api/sessions/${s.id}/outcome`,
        { outcome: i % 2 ? 'fixed' : 'not_fixed' },
        { authorization: `Bearer ${s.token}` },
      )
    }
    const workers = instances.map((d) => new DeliveryWorker(d.db, t.deps.env).start())
    try {
      await expect
        .poll(() => [...seen.values()].filter((s) => s.includes(200)).length, { timeout: 20_000 })
        .toBe(EVENTS)
      await new Promise((r) => setTimeout(r, 500))
      expect(seen.size).toBe(EVENTS)
      for (const statuses of seen.values()) expect(statuses).toEqual([503, 200])
      expect(receiver.received).toHaveLength(EVENTS * 2)
    } finally {
      for (const w of workers) await w.stop()
      await receiver.close()
    }
  })
})
