import './analytics.css'
import { useCallback, useState } from 'react'
import { type AnalyticsFilter, getAnalyticsSubject } from '../../api/studio-analytics'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { AnalyticsColumn } from './analytics-column'
import { AnalyticsFilters, type Selection } from './analytics-filters'
import { DataExport } from './data-export'

const label = (v: number | 'all') =>
  v === 'all' ? t('analytics.allVersions') : t('analytics.versionN', { version: v })

/**
 * Outcome analytics for one procedure: headline figures and the step funnel for a version (or all
 * of them), optionally side by side with a second version, over a date range, with CSV export.
 */
export function ProcedureAnalytics({ procedureId }: { procedureId: string }) {
  const load = useCallback(() => getAnalyticsSubject(procedureId), [procedureId])
  const subject = useAsync(load)
  const [selection, setSelection] = useState<Selection>({ a: 'all', b: 'none', from: '', to: '' })

  if (subject.status === 'loading') return <PageStatus label={t('analytics.loadingProcedure')} />
  if (subject.status === 'error')
    return <ErrorAlert message={subject.error.message} onRetry={subject.retry} />

  const backwards = selection.from !== '' && selection.to !== '' && selection.from > selection.to
  const filter = (v: number | 'all'): AnalyticsFilter => ({
    ...(v === 'all' ? {} : { version: v }),
    ...(selection.from ? { from: selection.from } : {}),
    ...(selection.to ? { to: selection.to } : {}),
  })
  const shown = [
    { slot: 'a', v: selection.a },
    ...(selection.b === 'none' ? [] : [{ slot: 'b', v: selection.b }]),
  ]
  return (
    <div className="stack analytics">
      <h2 className="analytics-title">{t('analytics.heading', { title: subject.data.title })}</h2>
      <AnalyticsFilters
        versions={subject.data.versions}
        value={selection}
        onChange={setSelection}
      />
      {!backwards && (
        <div className="analytics-columns">
          {shown.map(({ slot, v }) => (
            <AnalyticsColumn
              key={`${slot}-${v}`}
              procedureId={procedureId}
              filter={filter(v)}
              label={label(v)}
            />
          ))}
        </div>
      )}
      {!backwards && (
        <DataExport
          procedureId={procedureId}
          from={selection.from}
          to={selection.to}
          languages={subject.data.languages}
        />
      )}
    </div>
  )
}
