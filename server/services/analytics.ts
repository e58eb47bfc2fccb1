import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'

export type AnalyticsQuery = { procedureId: string; version?: number; from?: Date; to?: Date }

export type StepFigures = {
  stepId: string
  reached: number
  medianDwellSeconds: number | null
  backs: number
  helpRequests: number
  /** Sessions that ended without a fix with this as the last step viewed. */
  endedHere: number
}

export type Analytics = {
  sessions: number
  fixed: number
  notFixed: number
  abandoned: number
  escalated: number
  /** fixed ÷ (fixed + not fixed); null before any answer. */
  successRate: number | null
  abandonmentRate: number | null
  escalationRate: number | null
  medianMinutes: number | null
  steps: StepFigures[]
}

const rows = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[]

/**
 * Outcome figures and the per-step funnel for one procedure (optionally one version and a date
 * range), computed in the database so it stays fast at millions of events.
 */
export async function procedureAnalytics(db: Db, q: AnalyticsQuery): Promise<Analytics> {
  const filter = sql`procedure_id = ${q.procedureId}
    ${q.version !== undefined ? sql`and version = ${q.version}` : sql``}
    ${q.from ? sql`and created_at >= ${q.from.toISOString()}` : sql``}
    ${q.to ? sql`and created_at < ${q.to.toISOString()}` : sql``}`
  const [totals] = rows<{
    sessions: number
    fixed: number
    not_fixed: number
    abandoned: number
    escalated: number
    median_seconds: number | null
  }>(
    await db.execute(sql`
      with s as (select id, outcome, created_at, ended_at from repair_sessions where ${filter})
      select count(*)::int as sessions,
        count(*) filter (where outcome = 'fixed')::int as fixed,
        count(*) filter (where outcome = 'not_fixed')::int as not_fixed,
        count(*) filter (where outcome = 'abandoned')::int as abandoned,
        (select count(distinct e.session_id) from escalations e join s on s.id = e.session_id)::int as escalated,
        percentile_cont(0.5) within group (order by extract(epoch from ended_at - created_at))
          filter (where outcome in ('fixed', 'not_fixed')) as median_seconds
      from s`),
  )
  // Dwell on a step runs from its view to the next view, or to the customer's answer (the
  // `outcome` event) for the last step; a session left without either has no known dwell there.
  // One window (newest first) gives both the next event and how many views remain after this one.
  const funnel = rows<{
    step_id: string
    reached: number
    median_dwell: number | null
    ended_here: number
  }>(
    await db.execute(sql`
      with s as (select id, outcome from repair_sessions where ${filter}),
      marks as (
        select ev.session_id, ev.type, ev.step_id, ev.at, s.outcome,
          lag(ev.at) over w as next_at,
          count(*) filter (where ev.type = 'step_view') over w as views_after
        from session_events ev join s on s.id = ev.session_id
        where (ev.type = 'step_view' and ev.step_id is not null) or ev.type = 'outcome'
        window w as (partition by ev.session_id order by ev.at desc)
      )
      select step_id,
        count(distinct session_id)::int as reached,
        percentile_cont(0.5) within group (order by extract(epoch from next_at - at))
          filter (where next_at is not null) as median_dwell,
        count(*) filter (where views_after = 1 and outcome is not null and outcome <> 'fixed')::int as ended_here
      from marks where type = 'step_view' group by step_id`),
  )
  const marks = rows<{ step_id: string; backs: number; helps: number }>(
    await db.execute(sql`
      with s as (select id from repair_sessions where ${filter})
      select ev.step_id,
        count(*) filter (where ev.type = 'step_back')::int as backs,
        count(*) filter (where ev.type = 'help_requested')::int as helps
      from session_events ev join s on s.id = ev.session_id
      where ev.type in ('step_back', 'help_requested') and ev.step_id is not null
      group by ev.step_id`),
  )
  const t = totals ?? {
    sessions: 0,
    fixed: 0,
    not_fixed: 0,
    abandoned: 0,
    escalated: 0,
    median_seconds: null,
  }
  const byStep = new Map<string, StepFigures>()
  const entry = (stepId: string) => {
    let f = byStep.get(stepId)
    if (!f) {
      f = { stepId, reached: 0, medianDwellSeconds: null, backs: 0, helpRequests: 0, endedHere: 0 }
      byStep.set(stepId, f)
    }
    return f
  }
  for (const r of funnel) {
    const f = entry(r.step_id)
    f.reached = Number(r.reached)
    f.medianDwellSeconds = r.median_dwell === null ? null : Number(r.median_dwell)
    f.endedHere = Number(r.ended_here)
  }
  for (const r of marks) {
    const f = entry(r.step_id)
    f.backs = Number(r.backs)
    f.helpRequests = Number(r.helps)
  }
  const answered = t.fixed + t.not_fixed
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null)
  return {
    sessions: t.sessions,
    fixed: t.fixed,
    notFixed: t.not_fixed,
    abandoned: t.abandoned,
    escalated: t.escalated,
    successRate: ratio(t.fixed, answered),
    abandonmentRate: ratio(t.abandoned, t.sessions),
    escalationRate: ratio(t.escalated, t.sessions),
    medianMinutes: t.median_seconds === null ? null : Number(t.median_seconds) / 60,
    steps: [...byStep.values()],
  }
}

/** The figures as CSV: one line per step after a header block of totals. */
export function analyticsCsv(a: Analytics, stepOrder: { id: string; title: string }[]): string {
  const esc = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v)
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  const lines = [
    'metric,value',
    `sessions,${a.sessions}`,
    `fixed,${a.fixed}`,
    `not_fixed,${a.notFixed}`,
    `abandoned,${a.abandoned}`,
    `escalated,${a.escalated}`,
    `success_rate,${a.successRate ?? ''}`,
    `median_minutes,${a.medianMinutes ?? ''}`,
    '',
    'step,title,reached,median_dwell_seconds,backs,help_requests,ended_here',
  ]
  const by = new Map(a.steps.map((s) => [s.stepId, s]))
  for (const { id, title } of stepOrder) {
    const s = by.get(id)
    lines.push(
      [
        id,
        title,
        s?.reached ?? 0,
        s?.medianDwellSeconds ?? '',
        s?.backs ?? 0,
        s?.helpRequests ?? 0,
        s?.endedHere ?? 0,
      ]
        .map(esc)
        .join(','),
    )
  }
  return `${lines.join('\n')}\n`
}
