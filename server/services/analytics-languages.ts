import { sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import type { LanguageFigures } from '../domain/analytics'
import type { AnalyticsQuery } from './analytics'
import { rows } from './analytics-rollup'

export type { LanguageFigures } from '../domain/analytics'

/**
 * Outcomes split by the content language each session was served in, for the same version and
 * days as the figures. Read from the sessions themselves (one indexed range of one procedure),
 * most sessions first.
 */
export async function languageBreakdown(db: Db, q: AnalyticsQuery): Promise<LanguageFigures[]> {
  const found = rows<{
    language: string | null
    sessions: number
    fixed: number
    not_fixed: number
    abandoned: number
    escalated: number
  }>(
    await db.execute(sql`select s.language, count(*)::int as sessions,
        count(*) filter (where s.outcome = 'fixed')::int as fixed,
        count(*) filter (where s.outcome = 'not_fixed')::int as not_fixed,
        count(*) filter (where s.outcome = 'abandoned')::int as abandoned,
        count(*) filter (where exists (select 1 from escalations e where e.session_id = s.id))::int as escalated
      from repair_sessions s
      where s.procedure_id = ${q.procedureId}
        ${q.version !== undefined ? sql`and s.version = ${q.version}` : sql``}
        ${q.from ? sql`and s.created_at >= ${`${q.from}T00:00:00Z`}::timestamptz` : sql``}
        ${q.to ? sql`and s.created_at < (${q.to}::date + 1)::timestamptz` : sql``}
      group by s.language
      order by sessions desc, s.language nulls last`),
  )
  return found.map((r) => ({
    language: r.language,
    sessions: r.sessions,
    fixed: r.fixed,
    notFixed: r.not_fixed,
    abandoned: r.abandoned,
    escalated: r.escalated,
    successRate: r.fixed + r.not_fixed > 0 ? r.fixed / (r.fixed + r.not_fixed) : null,
  }))
}
