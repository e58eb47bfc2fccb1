import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import type { SessionEvent } from '../domain/session'

/** The ids of a batch that were new, stored now (lower case, as PostgreSQL prints a uuid). */
export type IngestResult = { stored: Set<string> }

type Job = {
  sessionId: string
  events: SessionEvent[]
  done: (r: IngestResult) => void
  fail: (e: unknown) => void
}

/** Events per statement at most: past this a statement's parsing outweighs what merging saves. */
const MAX_EVENTS = 2000

/**
 * Group commit for event batches. Batches that arrive while a write is in flight go out together
 * in the next statement, so the embedded database pays its per-statement cost once for many
 * requests. Each request is answered only after the statement holding its events has committed,
 * so an acknowledged event is always stored; a failed merged write is retried batch by batch, so
 * one bad batch fails alone.
 */
export class EventWriter {
  private queue: Job[] = []
  private running = 0

  constructor(
    private readonly db: Db,
    private readonly lanes = 1,
  ) {}

  write(sessionId: string, events: SessionEvent[]): Promise<IngestResult> {
    return new Promise((done, fail) => {
      this.queue.push({ sessionId, events, done, fail })
      this.pump()
    })
  }

  private pump() {
    while (this.running < this.lanes && this.queue.length > 0) {
      const jobs = this.take()
      this.running++
      void this.run(jobs).finally(() => {
        this.running--
        this.pump()
      })
    }
  }

  /** The next jobs for one statement: one per session (so counts attribute simply), in order. */
  private take(): Job[] {
    const jobs: Job[] = []
    const sessions = new Set<string>()
    let size = 0
    const rest: Job[] = []
    for (const job of this.queue) {
      const fits = jobs.length === 0 || size + job.events.length <= MAX_EVENTS
      if (fits && !sessions.has(job.sessionId)) {
        jobs.push(job)
        sessions.add(job.sessionId)
        size += job.events.length
      } else rest.push(job)
    }
    this.queue = rest
    return jobs
  }

  private async run(jobs: Job[]): Promise<void> {
    try {
      const stored = await insertEvents(this.db, jobs)
      for (const j of jobs) j.done({ stored: stored.get(j.sessionId) ?? new Set() })
    } catch (e) {
      if (jobs.length === 1) jobs[0]?.fail(e)
      else for (const j of jobs) await this.run([j])
    }
  }
}

/**
 * One statement for the inserts and the sessions' updates, with one JSON parameter instead of six
 * per event: on the embedded database each parameter and each round trip costs more than the rows.
 * The newest new step view of each session moves its current step, and only forward in time, so a
 * late batch (another tab, a resend) never moves it back.
 */
async function insertEvents(db: Db, jobs: Job[]): Promise<Map<string, Set<string>>> {
  const payload = JSON.stringify(
    jobs.flatMap((j) =>
      j.events.map((e) => ({
        s: j.sessionId,
        id: e.id,
        type: e.type,
        stepId: e.stepId ?? null,
        at: e.at,
        data: e.data ?? null,
      })),
    ),
  )
  // A uuid[] literal: with the array's length known the planner finds each session by its key;
  // from a JSON list (100 rows guessed) it hashed the whole repair_sessions table instead, a scan
  // per batch that grew with every session ever started.
  const sessions = `{${jobs.map((j) => j.sessionId).join(',')}}`
  const result = await db.execute(sql`
    with p as (
      select (e->>'id')::uuid as id, (e->>'s')::uuid as session_id, e->>'type' as type,
        e->>'stepId' as step_id, (e->>'at')::timestamptz as at, nullif(e->'data', 'null'::jsonb) as data, n
      from jsonb_array_elements(${payload}::jsonb) with ordinality as t(e, n)),
    ins as (
      insert into session_events (id, session_id, type, step_id, at, data)
      select id, session_id, type, step_id, at, data from p
      on conflict (id) do nothing
      returning id, session_id),
    -- Of views at the same instant, the later in the batch counts.
    v as (
      select distinct on (p.session_id) p.session_id, p.step_id, p.at from ins join p using (id)
      where p.type = 'step_view' and p.step_id is not null
      order by p.session_id, p.at desc, p.n desc),
    moved as (
      update repair_sessions r set last_seen_at = now(),
        current_step_id = case when v.at is not null
          and (r.current_step_at is null or r.current_step_at <= v.at) then v.step_id
          else r.current_step_id end,
        current_step_at = case when v.at is not null
          and (r.current_step_at is null or r.current_step_at <= v.at) then v.at
          else r.current_step_at end
      from unnest(${sessions}::uuid[]) as ss(sid)
        left join v on v.session_id = ss.sid
      where r.id = ss.sid)
    select session_id::text as session_id, id::text as id from ins`)
  type Row = { session_id: string; id: string }
  const rows = (result as { rows?: Row[] }).rows ?? (result as unknown as Row[])
  const stored = new Map<string, Set<string>>()
  for (const r of rows) {
    const ids = stored.get(r.session_id) ?? new Set()
    ids.add(r.id)
    stored.set(r.session_id, ids)
  }
  return stored
}
