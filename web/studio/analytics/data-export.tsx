import { useId, useState } from 'react'
import { EXPORT_TABLES } from '../../../server/domain/analytics-export'
import { analyticsExportUrl } from '../../api/studio-analytics'
import { languageLabel } from '../../i18n/content-language'
import { t } from '../../i18n/t'

type Props = { procedureId: string; from: string; to: string; languages?: string[] }

/**
 * Raw data for BI tools: sessions, events and escalations of this procedure over the chosen days,
 * one table per file, as CSV or NDJSON.
 */
export function DataExport({ procedureId, from, to, languages = [] }: Props) {
  const id = useId()
  const [format, setFormat] = useState<'csv' | 'ndjson'>('csv')
  const [language, setLanguage] = useState('')
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
        <label htmlFor={`${id}-language`}>{t('analytics.language')}</label>
        <select
          id={`${id}-language`}
          className="input"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
        >
          <option value="">{t('analytics.allLanguages')}</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {languageLabel(l)}
            </option>
          ))}
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
              ...(language ? { language } : {}),
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
