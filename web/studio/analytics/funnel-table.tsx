import type { Photo } from '../../../server/domain/photo'
import { t } from '../../i18n/t'
import { formatDwell, formatShare } from './format'
import type { FunnelRow } from './funnel-rows'
import { StepPhotos } from './step-photos'

/** The funnel's numbers as a table: one row per step, headed by the step. */
export function FunnelTable({
  rows,
  sessions,
  caption,
  procedureId,
  photos,
}: {
  rows: FunnelRow[]
  sessions: number
  caption: string
  procedureId: string
  /** The customers' photos by step; null while they load or when they could not be read. */
  photos: Map<string, Photo[]> | null
}) {
  return (
    <div className="analytics-table-wrap">
      <table className="analytics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.col.step')}</th>
            <th scope="col">{t('analytics.col.reached')}</th>
            <th scope="col">{t('analytics.col.dwell')}</th>
            <th scope="col">{t('analytics.col.backs')}</th>
            <th scope="col">{t('analytics.col.help')}</th>
            <th scope="col">{t('analytics.col.ended')}</th>
            {photos && <th scope="col">{t('photos.analyticsCol')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.stepId}>
              <th scope="row">{r.label}</th>
              <td>{formatShare(r.reached, sessions)}</td>
              <td>{formatDwell(r.medianDwellSeconds)}</td>
              <td>{r.backs}</td>
              <td>{r.helpRequests}</td>
              <td>{r.endedHere}</td>
              {photos && (
                <td>
                  <StepPhotos
                    procedureId={procedureId}
                    step={r.label}
                    photos={photos.get(r.stepId) ?? []}
                  />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
