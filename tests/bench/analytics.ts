import { sql } from 'drizzle-orm'
import type { Database } from '../../server/db/client'
import { procedureAnalytics } from '../../server/services/analytics'
import { memoryDatabase, serverDatabase } from '../helpers/db'
import { median } from './load'

const SESSIONS = 50_000
const EVENTS_PER_SESSION = 20
const RUNS = 5
const TARGET_MS = 200
/** Two sessions in five belong to this procedure; the rest spread over nine others. */
const BIG = 'bench-0'

/**
 * 50k sessions × 20 events (1M) written set-based in the database: 10 procedures, 2 versions, 90
 * days, every outcome, step views with dwell, backs, help requests and escalations.
 */
export async function generate(db: Database['db']) {
  await db.execute(sql`insert into products (id, name, brand, model_number)
    values ('bench', 'Bench', 'Bench', 'B-1')`)
  await db.execute(sql`insert into procedures (id, product_id, latest_version)
    select 'bench-' || p, 'bench', 2 from generate_series(0, 9) p`)
  await db.execute(sql`insert into repair_sessions
      (token_hash, product_id, procedure_id, version, mode, outcome, created_at, last_seen_at, ended_at)
    select 'x', 'bench',
      case when g % 5 < 2 then ${BIG} else 'bench-' || (1 + g % 9) end,
      1 + g % 2, 'inline',
      (array['fixed', 'fixed', 'fixed', 'fixed', 'fixed', 'not_fixed', 'not_fixed', 'abandoned', 'escalated', null])[1 + g % 10],
      c, c, case when g % 10 < 9 then c + (5 + g % 40) * interval '1 minute' end
    from generate_series(1, ${SESSIONS}) g,
      lateral (select timestamptz '2025-01-01' + (g % 90) * interval '1 day' + (g % 997) * interval '1 minute' as c) t`)
  await db.execute(sql`insert into session_events (id, session_id, type, step_id, at)
    select gen_random_uuid(), s.id,
      case
        when i = ${EVENTS_PER_SESSION - 1} and s.outcome in ('fixed', 'not_fixed') then 'outcome'
        when i % 2 = 0 then 'step_view'
        when i = 7 and s.created_at::time < time '08:00' then 'step_back'
        when i = 13 and s.created_at::time > time '20:00' then 'help_requested'
        else 'step_complete'
      end,
      'step-' || (i / 2),
      -- Dwell varies per session and step (5 s to about 4 min), as real customers do.
      s.created_at + (i * 120 + (hashtext(s.id::text || i) & 1023) % 233) * interval '1 second'
    from repair_sessions s, generate_series(0, ${EVENTS_PER_SESSION - 1}) i`)
  await db.execute(sql`insert into escalations (session_id, status, context)
    select id, 'closed', '{}'::jsonb from repair_sessions where outcome = 'escalated'`)
  await db.execute(sql`analyze`)
}

async function measure(open: () => Promise<Database>) {
  const database = await open()
  try {
    const began = performance.now()
    await generate(database.db)
    const seedSeconds = (performance.now() - began) / 1000
    const counted = await database.db.execute(sql`select count(*)::int as n from session_events`)
    const [count] = (counted as unknown as { rows: { n: number }[] }).rows
    // The first read after a bulk load computes every day's rollup: a one-off, reported apart.
    const b0 = performance.now()
    await procedureAnalytics(database.db, { procedureId: BIG })
    const buildMs = performance.now() - b0
    // As in production, each read finds today's figures changed: one new event in a session of
    // the newest day marks that day dirty, and the read recomputes it before answering.
    const [live] = (
      (await database.db.execute(sql`select id from repair_sessions
        where procedure_id = ${BIG} order by created_at desc limit 1`)) as unknown as {
        rows: { id: string }[]
      }
    ).rows
    const touch = () =>
      database.db.execute(sql`insert into session_events (id, session_id, type, step_id, at)
        values (gen_random_uuid(), ${live?.id}, 'step_view', 'step-9', now())`)
    const time = async (q: Parameters<typeof procedureAnalytics>[1]) => {
      await procedureAnalytics(database.db, q) // warm-up
      const ms: number[] = []
      for (let i = 0; i < RUNS; i++) {
        await touch()
        const t0 = performance.now()
        await procedureAnalytics(database.db, q)
        ms.push(performance.now() - t0)
      }
      return median(ms)
    }
    return {
      events: count?.n ?? 0,
      seedSeconds,
      buildMs,
      all: await time({ procedureId: BIG }),
      version: await time({ procedureId: BIG, version: 2 }),
      month: await time({ procedureId: BIG, from: '2025-02-01', to: '2025-02-28' }),
    }
  } finally {
    await database.close()
  }
}

/** `procedureAnalytics` for the busiest of ten procedures at one million events, on both databases. */
export async function analyticsBench() {
  const figures: Record<string, number> = {}
  const targets: [string, () => Promise<Database>][] = [['pglite', memoryDatabase]]
  const url = process.env.TEST_DATABASE_URL
  if (url) targets.push(['postgres', () => serverDatabase(url)])
  else console.log('  postgres: skipped, TEST_DATABASE_URL is not set')
  let met = true
  for (const [name, open] of targets) {
    const m = await measure(open)
    console.log(`  ${name}: ${m.events} events generated in ${m.seedSeconds.toFixed(1)} s`)
    figures[`${name} events`] = m.events
    figures[`${name} ms, first read after bulk load (builds rollups)`] = m.buildMs
    figures[`${name} ms, all versions`] = m.all
    figures[`${name} ms, one version`] = m.version
    figures[`${name} ms, one month`] = m.month
    met &&= m.events >= 1_000_000 && Math.max(m.all, m.version, m.month) <= TARGET_MS
  }
  return {
    name: 'procedure analytics',
    method: `\`procedureAnalytics\` (the studio's analytics read) in this process on a fresh database per engine (in-memory PGlite; PostgreSQL on a fresh database when TEST_DATABASE_URL is set) holding ${SESSIONS.toLocaleString('en')} sessions × ${EVENTS_PER_SESSION} events over 10 procedures, 2 versions and 90 days, written set-based in SQL. The first read after that load (it builds every day's rollup) is reported apart; then per query (all, one version, one month) one warm-up and ${RUNS} timed reads, each after one new event marks today's rollup dirty as in production; medians.`,
    figures,
    target: 'analytics ≤ 200 ms at 1M events',
    met,
  }
}
