import { useId, useState } from 'react'
import { EXPORT_TABLES } from '../../../server/domain/analytics-export'
import { analyticsExportUrl } from '../../api/studio-analytics'
import { t } from '../../i18n/t'

type Props = { procedureId: string; from: string; to: string }

/**
 * Raw data for BI tools: sessions, events and escalations of this procedure over the chosen days,
 * one table per file, as CSV or NDJSON.
 */
export function DataExport({ procedureId, from, to }: Props) {
  const id = useId()
  const [format, setFormat] = useState<'csv' | 'ndjson'>('csv')
  return (
    <section className="card stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('analytics.exportHeading')}</h2>
      <p className="muted">{t('analytics.exportHint')}</p>
      <div className="row">
        <label htmlFor={`${id}-format`}>{t('analytics.exportFormat')}</label>
        <select
          id={`${id}-format`}
          className="input"
          value={format}
          onChange={(e) => setFormat(e.target.value === 'ndjson' ? 'ndjson' : 'csv')}
        >
          <option value="csv">CSV</option>
          <option value="ndjson">NDJSON</option>
        </select>
      </div>
      <div className="row">
        {EXPORT_TABLES.map((table) => (
          <a
            key={table}
            className="button"
            href={analyticsExportUrl(table, {
              format,
              procedureId,
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
            })}
            download
          >
            {t(`analytics.export.${table}`, { format: format.toUpperCase() })}
          </a>
        ))}
      </div>
    </section>
  )
}
