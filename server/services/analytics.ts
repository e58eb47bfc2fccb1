import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import type { Analytics, StepFigures } from '../domain/analytics'
import { csvCell } from '../domain/csv'
import type { LanguageFigures } from './analytics-languages'
import { refreshRollups, rows } from './analytics-rollup'

/** `from` and `to` are UTC days (`YYYY-MM-DD`), both included; sessions count on the day they start. */
export type AnalyticsQuery = { procedureId: string; version?: number; from?: string; to?: string }

export type { Analytics, StepFigures } from '../domain/analytics'

type Histogram = Map<number, number>

const merge = (into: Histogram, h: unknown) => {
  const o = (typeof h === 'string' ? JSON.parse(h) : h) as Record<string, number>
  for (const k in o) {
    const v = Number(k)
    into.set(v, (into.get(v) ?? 0) + Number(o[k]))
  }
}

/** The median of a value → count histogram, interpolated as `percentile_cont(0.5)` does. */
export function histogramMedian(h: Histogram): number | null {
  const entries = [...h.entries()].sort((a, b) => a[0] - b[0])
  const n = entries.reduce((sum, [, c]) => sum + c, 0)
  if (n === 0) return null
  const at = (rank: number) => {
    let seen = 0
    for (const [v, c] of entries) {
      seen += c
      if (rank < seen) return v
    }
    return entries.at(-1)?.[0] as number
  }
  const p = (n - 1) / 2
  const lo = at(Math.floor(p))
  return lo + (p - Math.floor(p)) * (at(Math.ceil(p)) - lo)
}

/**
 * Outcome figures and the per-step funnel for one procedure (optionally one version and a date
 * range). Reads the per-day rollups after bringing dirty days up to date, so its cost follows the
 * number of days and steps, not of events. Durations and dwell count in whole seconds (whole
 * minutes past an hour and past ten minutes respectively).
 */
export async function procedureAnalytics(db: Db, q: AnalyticsQuery): Promise<Analytics> {
  await refreshRollups(db, q.procedureId)
  const filter = sql`procedure_id = ${q.procedureId}
    ${q.version !== undefined ? sql`and version = ${q.version}` : sql``}
    ${q.from ? sql`and day >= ${q.from}::date` : sql``}
    ${q.to ? sql`and day <= ${q.to}::date` : sql``}`
  const days = rows<{
    sessions: number
    fixed: number
    not_fixed: number
    abandoned: number
    escalated: number
    durations: unknown
  }>(
    await db.execute(sql`select sessions, fixed, not_fixed, abandoned, escalated, durations
      from analytics_days where ${filter}`),
  )
  const stepDays = rows<{
    step_id: string
    reached: number
    backs: number
    helps: number
    ended_here: number
    dwell: unknown
  }>(
    await db.execute(sql`select step_id, reached, backs, helps, ended_here, dwell
      from analytics_step_days where ${filter}`),
  )
  const t = { sessions: 0, fixed: 0, notFixed: 0, abandoned: 0, escalated: 0 }
  const durations: Histogram = new Map()
  for (const d of days) {
    t.sessions += d.sessions
    t.fixed += d.fixed
    t.notFixed += d.not_fixed
    t.abandoned += d.abandoned
    t.escalated += d.escalated
    merge(durations, d.durations)
  }
  const byStep = new Map<string, StepFigures & { dwell: Histogram }>()
  for (const r of stepDays) {
    let f = byStep.get(r.step_id)
    if (!f) {
      f = {
        stepId: r.step_id,
        reached: 0,
        medianDwellSeconds: null,
        backs: 0,
        helpRequests: 0,
        endedHere: 0,
        dwell: new Map(),
      }
      byStep.set(r.step_id, f)
    }
    f.reached += r.reached
    f.backs += r.backs
    f.helpRequests += r.helps
    f.endedHere += r.ended_here
    merge(f.dwell, r.dwell)
  }
  const answered = t.fixed + t.notFixed
  const ratio = (n: number, d: number) => (d > 0 ? n / d : null)
  const medianSeconds = histogramMedian(durations)
  return {
    ...t,
    successRate: ratio(t.fixed, answered),
    abandonmentRate: ratio(t.abandoned, t.sessions),
    escalationRate: ratio(t.escalated, t.sessions),
    medianMinutes: medianSeconds === null ? null : medianSeconds / 60,
    steps: [...byStep.values()].map(({ dwell, ...f }) => ({
      ...f,
      medianDwellSeconds: histogramMedian(dwell),
    })),
  }
}

/** The figures as CSV: one line per step after a header block of totals, then one per language. */
export function analyticsCsv(
  a: Analytics,
  stepOrder: { id: string; title: string }[],
  languages: LanguageFigures[] = [],
): string {
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
        .map(csvCell)
        .join(','),
    )
  }
  if (languages.length > 0) {
    lines.push('', 'language,sessions,fixed,not_fixed,abandoned,escalated,success_rate')
    for (const l of languages)
      lines.push(
        [
          l.language ?? '',
          l.sessions,
          l.fixed,
          l.notFixed,
          l.abandoned,
          l.escalated,
          l.successRate ?? '',
        ]
          .map(csvCell)
          .join(','),
      )
  }
  return `${lines.join('\n')}\n`
}
