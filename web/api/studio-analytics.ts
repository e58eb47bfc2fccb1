import { type ProcedureAnalytics, ProcedureAnalyticsSchema } from '../../server/domain/analytics'
import type { ExportTable } from '../../server/domain/analytics-export'
import { TranslationListSchema } from '../../server/domain/translation-api'
import { errorFromResponse } from './api-error'
import { client, ok } from './client'

/** Which sessions to count: one version or all of them, and a date range (inclusive, UTC days). */
export type AnalyticsFilter = { version?: number; from?: string; to?: string }

const query = ({ version, from, to }: AnalyticsFilter) => ({
  ...(version !== undefined ? { version: String(version) } : {}),
  ...(from ? { from } : {}),
  ...(to ? { to } : {}),
})

const analytics = client.api.studio.procedures[':id'].analytics

/** Outcome figures and the step funnel; ApiError 404 `procedure_not_found` if unknown. */
export async function getProcedureAnalytics(
  procedureId: string,
  filter: AnalyticsFilter,
): Promise<ProcedureAnalytics> {
  // The JSON answer (the same route answers CSV, which the browser downloads by link).
  const res = await analytics.$get({ param: { id: procedureId }, query: query(filter) })
  if (!res.ok) throw await errorFromResponse(res)
  return ProcedureAnalyticsSchema.parse(await res.json())
}

/** The procedure's title and its published versions, newest first. */
export async function getAnalyticsSubject(procedureId: string) {
  const [detail, list, translations] = await Promise.all([
    ok(client.api.studio.procedures[':id'].$get({ param: { id: procedureId } })),
    ok(client.api.studio.procedures.$get({ query: {} })),
    ok(client.api.studio.procedures[':id'].translations.$get({ param: { id: procedureId } })).then(
      (body) => TranslationListSchema.parse(body),
    ),
  ])
  const title = list.procedures.find((p) => p.id === procedureId)?.title ?? procedureId
  return {
    id: detail.id,
    title,
    versions: detail.versions.map((v) => v.version),
    /** The source language and every language it was translated into, for the export filter. */
    languages: [translations.sourceLanguage, ...translations.translations.map((x) => x.language)],
  }
}

/** Where the browser downloads the same figures as CSV (a plain link, so no fetch here). */
export function analyticsCsvUrl(procedureId: string, filter: AnalyticsFilter): string {
  const params = new URLSearchParams({ ...query(filter), format: 'csv' })
  return `/api/studio/procedures/${encodeURIComponent(procedureId)}/analytics?${params}`
}

export type ProcedureAnalyticsResult = Awaited<ReturnType<typeof getProcedureAnalytics>>
export type AnalyticsFigures = ProcedureAnalyticsResult['figures']
export type AnalyticsSubject = Awaited<ReturnType<typeof getAnalyticsSubject>>

/**
 * Where the browser downloads one table (sessions, events, escalations) of this procedure for BI,
 * as CSV or NDJSON (a plain link: the server streams it as a file).
 */
export function analyticsExportUrl(
  table: ExportTable,
  q: {
    format: 'csv' | 'ndjson'
    procedureId: string
    from?: string
    to?: string
    /** Only sessions served in this content language (BCP 47). */
    language?: string
  },
): string {
  const params = new URLSearchParams({
    format: q.format,
    procedureId: q.procedureId,
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.language ? { language: q.language } : {}),
  })
  return `/api/studio/analytics/export/${table}?${params}`
}
