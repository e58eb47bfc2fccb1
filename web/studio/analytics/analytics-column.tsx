import { useCallback, useMemo } from 'react'
import { listProcedurePhotos } from '../../api/photos'
import {
  type AnalyticsFilter,
  analyticsCsvUrl,
  getProcedureAnalytics,
  type ProcedureAnalyticsResult,
} from '../../api/studio-analytics'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'
import { FigureSummary } from './figure-summary'
import { FunnelChart } from './funnel-chart'
import { funnelRows } from './funnel-rows'
import { FunnelTable } from './funnel-table'
import { LanguageTable } from './language-table'
import { photosByStep } from './step-photos'

type Props = { procedureId: string; filter: AnalyticsFilter; label: string }

/** One selection's figures: the headline numbers, the funnel chart and table, its CSV. */
export function AnalyticsColumn({ procedureId, filter, label }: Props) {
  const { version, from, to } = filter
  const load = useCallback(
    () => getProcedureAnalytics(procedureId, { version, from, to }),
    [procedureId, version, from, to],
  )
  const result = useAsync(load)
  const loadPhotos = useCallback(
    () => listProcedurePhotos(procedureId, version),
    [procedureId, version],
  )
  const photos = useAsync(loadPhotos)
  const byStep = useMemo(
    () => (photos.status === 'ok' ? photosByStep(photos.data, from, to) : null),
    [photos, from, to],
  )
  return (
    <section className="card analytics-column" aria-label={label}>
      <div className="row analytics-column-head">
        <h2>{label}</h2>
        <a className="button" href={analyticsCsvUrl(procedureId, filter)} download>
          {t('analytics.csv', { label })}
        </a>
      </div>
      {result.status === 'loading' && <PageStatus label={t('analytics.loading')} />}
      {result.status === 'error' && (
        <ErrorAlert message={result.error.message} onRetry={result.retry} />
      )}
      {photos.status === 'error' && (
        <ErrorAlert message={photos.error.message} onRetry={photos.retry} />
      )}
      {result.status === 'ok' && (
        <Figures data={result.data} label={label} procedureId={procedureId} photos={byStep} />
      )}
    </section>
  )
}

type FiguresProps = {
  data: ProcedureAnalyticsResult
  label: string
  procedureId: string
  photos: ReturnType<typeof photosByStep> | null
}

function Figures({ data, label, procedureId, photos }: FiguresProps) {
  const rows = useMemo(() => funnelRows(data), [data])
  if (data.figures.sessions === 0)
    return (
      <div className="analytics-empty">
        <p className="analytics-empty-title">{t('analytics.empty')}</p>
        <p className="muted">{t('analytics.emptyHint')}</p>
      </div>
    )
  return (
    <>
      <FigureSummary figures={data.figures} />
      <h3>{t('analytics.funnel')}</h3>
      <FunnelChart rows={rows} />
      <FunnelTable
        rows={rows}
        sessions={data.figures.sessions}
        caption={t('analytics.funnelCaption', { label })}
        procedureId={procedureId}
        photos={photos}
      />
      <LanguageTable languages={data.languages} label={label} />
    </>
  )
}
