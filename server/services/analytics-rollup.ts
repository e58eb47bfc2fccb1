import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'

/** Days recomputed per transaction, so a large backlog never holds the database for long. */
const CHUNK = 31

export const rows = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[]

/**
 * Recomputes the rollups of every day of `procedureId` that the triggers marked dirty. A write that
 * lands while this runs marks its day again, so nothing is ever missed; at worst a day is
 * recomputed twice.
 */
export async function refreshRollups(db: Db, procedureId: string): Promise<number> {
  let total = 0
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const claimed = rows<{ version: number; day: string }>(
        await tx.execute(sql`
          delete from analytics_dirty where (procedure_id, version, day) in (
            select procedure_id, version, day from analytics_dirty
            where procedure_id = ${procedureId} order by day limit ${CHUNK})
          returning version, day::text as day`),
      )
      if (claimed.length === 0) return 0
      // One day at a time with constants, so the planner takes the session index every time.
      for (const k of claimed) await recompute(tx as unknown as Db, procedureId, k.version, k.day)
      return claimed.length
    })
    if (n === 0) return total
    total += n
  }
}

async function recompute(db: Db, procedureId: string, version: number, day: string) {
  const key = sql`procedure_id = ${procedureId} and version = ${version} and day = ${day}::date`
  await db.execute(sql`delete from analytics_days where ${key}`)
  await db.execute(sql`delete from analytics_step_days where ${key}`)
  const start = new Date(`${day}T00:00:00Z`)
  const end = new Date(start.getTime() + 86_400_000)
  // The sessions of that version that started on that UTC day.
  const sessions = sql`s as (
    select id, version, ${day}::date as day, outcome, created_at, ended_at from repair_sessions
    where procedure_id = ${procedureId} and version = ${version}
      and created_at >= ${start.toISOString()}::timestamptz and created_at < ${end.toISOString()}::timestamptz)`
  await db.execute(sql`
    with ${sessions},
    dur as (
      select version, day, jsonb_object_agg(sec, n) as h from (
        select version, day, count(*)::int as n,
          (case when d < 3600 then round(d) else round(d / 60) * 60 end)::int as sec
        from (select version, day, extract(epoch from ended_at - created_at) as d from s
          where outcome in ('fixed', 'not_fixed') and ended_at is not null) x
        group by 1, 2, 4) y
      group by 1, 2),
    tot as (
      select version, day, count(*)::int as sessions,
        count(*) filter (where outcome = 'fixed')::int as fixed,
        count(*) filter (where outcome = 'not_fixed')::int as not_fixed,
        count(*) filter (where outcome = 'abandoned')::int as abandoned,
        count(*) filter (where exists (select 1 from escalations e where e.session_id = s.id))::int as escalated
      from s group by 1, 2)
    insert into analytics_days
      (procedure_id, version, day, sessions, fixed, not_fixed, abandoned, escalated, durations)
    select ${procedureId}, t.version, t.day, t.sessions, t.fixed, t.not_fixed, t.abandoned,
      t.escalated, coalesce(dur.h, '{}'::jsonb)
    from tot t left join dur using (version, day)`)
  // Dwell on a step runs from its view to the next view, or to the customer's answer (the
  // `outcome` event) for the last step; a session left without either has no known dwell there.
  // One window (newest first) gives both the next event and how many views remain after this one.
  await db.execute(sql`
    with ${sessions},
    marks as (
      select ev.session_id, ev.type, ev.step_id, ev.at, s.outcome, s.version, s.day,
        lag(ev.at) over w as next_at,
        count(*) filter (where ev.type = 'step_view') over w as views_after
      from session_events ev join s on s.id = ev.session_id
      where (ev.type = 'step_view' and ev.step_id is not null) or ev.type = 'outcome'
      window w as (partition by ev.session_id order by ev.at desc)),
    views as (select * from marks where type = 'step_view'),
    dw as (
      select version, day, step_id, jsonb_object_agg(sec, n) as h from (
        select version, day, step_id, count(*)::int as n,
          (case when d < 600 then round(d) else round(d / 60) * 60 end)::int as sec
        from (select version, day, step_id, extract(epoch from next_at - at) as d from views
          where next_at is not null) x
        group by 1, 2, 3, 5) y
      group by 1, 2, 3),
    st as (
      select version, day, step_id, count(distinct session_id)::int as reached,
        count(*) filter (where views_after = 1 and outcome is not null and outcome <> 'fixed')::int as ended_here
      from views group by 1, 2, 3),
    bk as (
      select s.version, s.day, ev.step_id,
        count(*) filter (where ev.type = 'step_back')::int as backs,
        count(*) filter (where ev.type = 'help_requested')::int as helps
      from session_events ev join s on s.id = ev.session_id
      where ev.type in ('step_back', 'help_requested') and ev.step_id is not null
      group by 1, 2, 3)
    insert into analytics_step_days
      (procedure_id, version, day, step_id, reached, backs, helps, ended_here, dwell)
    select ${procedureId}, version, day, step_id, coalesce(st.reached, 0), coalesce(bk.backs, 0),
      coalesce(bk.helps, 0), coalesce(st.ended_here, 0), coalesce(dw.h, '{}'::jsonb)
    from st full join bk using (version, day, step_id) left join dw using (version, day, step_id)`)
}
