import { t } from '../../i18n/t'
import { formatDwell, formatShare } from './format'
import type { FunnelRow } from './funnel-rows'

/** The funnel's numbers as a table: one row per step, headed by the step. */
export function FunnelTable({
  rows,
  sessions,
  caption,
}: {
  rows: FunnelRow[]
  sessions: number
  caption: string
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
