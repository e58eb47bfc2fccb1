import type { ProcedureAnalyticsResult } from '../../api/studio-analytics'
import { t } from '../../i18n/t'

export type FunnelRow = {
  stepId: string
  label: string
  reached: number
  medianDwellSeconds: number | null
  backs: number
  helpRequests: number
  endedHere: number
}

/**
 * One row per step in the version's own order, zeros where nobody got that far; steps that only
 * older versions had (when counting all versions) follow at the end under their id.
 */
export function funnelRows({ steps, figures }: ProcedureAnalyticsResult): FunnelRow[] {
  const byId = new Map(figures.steps.map((s) => [s.stepId, s]))
  const known = new Set(steps.map((s) => s.id))
  const empty = { reached: 0, medianDwellSeconds: null, backs: 0, helpRequests: 0, endedHere: 0 }
  const rows = steps.map((s, i) => ({
    ...empty,
    ...byId.get(s.id),
    stepId: s.id,
    label: t('analytics.stepN', { index: i + 1, title: s.title }),
  }))
  for (const s of figures.steps)
    if (!known.has(s.stepId))
      rows.push({ ...s, label: t('analytics.removedStep', { id: s.stepId }) })
  return rows
}
