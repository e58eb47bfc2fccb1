import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/client'
import { repairSessions, sessionEvents } from '../../server/db/schema'
import { EventWriter } from '../../server/services/event-writer'
import { databaseTargets } from '../helpers/db'

const view = (stepId: string, at: string) => ({
  id: randomUUID(),
  type: 'step_view' as const,
  at,
  stepId,
})

describe.each(databaseTargets)('group commit of event batches on $name', ({ open }) => {
  let database: Database
  let sessions: string[]
  beforeAll(async () => {
    database = await open()
    await database.db.execute(sql`insert into products (id, name, brand, model_number)
      values ('gc', 'GC', 'GC', 'GC-1')`)
    await database.db.execute(sql`insert into procedures (id, product_id, latest_version)
      values ('gc-proc', 'gc', 1)`)
    const rows = await database.db
      .insert(repairSessions)
      .values(
        Array.from({ length: 4 }, () => ({
          tokenHash: 'h',
          productId: 'gc',
          procedureId: 'gc-proc',
          version: 1,
          mode: 'inline' as const,
        })),
      )
      .returning({ id: repairSessions.id })
    sessions = rows.map((r) => r.id)
  })
  afterAll(() => database?.close())

  it('batches written at once each get their own counts and move their own session', async () => {
    const writer = new EventWriter(database.db)
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 9, 0, s)).toISOString()
    const [s0, s1, s2] = sessions as [string, string, string]
    const shared = view('a', at(0))
    const results = await Promise.all([
      writer.write(s0, [shared, view('b', at(1))]),
      writer.write(s1, [view('c', at(1)), view('d', at(2)), view('e', at(1))]),
      // The same session twice at once, the second resending the first's event.
      writer.write(s2, [view('f', at(3))]),
      writer.write(s0, [shared, view('g', at(0))]),
    ])
    expect(results.map((r) => r.stored.size)).toEqual([2, 3, 1, 1])
    // The resent event is not new the second time.
    expect(results[3]?.stored.has(shared.id)).toBe(false)
    const current = async (id: string) =>
      (await database.db.select().from(repairSessions).where(eq(repairSessions.id, id)))[0]
        ?.currentStepId
    // s0 saw b at 1 s, then g at 0 s in a later batch: the current step only moves forward.
    expect(await current(s0)).toBe('b')
    expect(await current(s1)).toBe('d')
    expect(await current(s2)).toBe('f')
  })

  it('a batch that cannot be stored fails alone; the others in its statement are kept', async () => {
    const writer = new EventWriter(database.db)
    const good = view('a', new Date().toISOString())
    const [ok, bad, alsoOk] = await Promise.allSettled([
      writer.write(sessions[3] as string, [view('a', new Date().toISOString())]),
      writer.write(randomUUID(), [view('a', new Date().toISOString())]), // no such session
      writer.write(sessions[2] as string, [good]),
    ])
    expect(ok.status === 'fulfilled' && ok.value.stored.size).toBe(1)
    expect(bad.status).toBe('rejected')
    expect(alsoOk.status === 'fulfilled' && [...alsoOk.value.stored]).toEqual([good.id])
    const stored = await database.db
      .select({ id: sessionEvents.id })
      .from(sessionEvents)
      .where(eq(sessionEvents.id, good.id))
    expect(stored).toHaveLength(1)
  })
})
