import type { ProcedureAnalyticsResult } from '../../api/studio-analytics'
import { languageLabel } from '../../i18n/content-language'
import { t } from '../../i18n/t'
import { formatRate } from './format'

type Props = { languages: ProcedureAnalyticsResult['languages']; label: string }

/** Outcomes split by the content language each session was served in. */
export function LanguageTable({ languages, label }: Props) {
  if (languages.length === 0) return null
  return (
    <>
      <h3>{t('analytics.byLanguage')}</h3>
      <table className="analytics-languages">
        <caption className="visually-hidden">{`${t('analytics.byLanguage')}: ${label}`}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.languageCol')}</th>
            <th scope="col">{t('analytics.sessions')}</th>
            <th scope="col">{t('analytics.successRate')}</th>
            <th scope="col">{t('analytics.escalationRate')}</th>
          </tr>
        </thead>
        <tbody>
          {languages.map((l) => (
            <tr key={l.language ?? ''} data-language={l.language ?? ''}>
              <th scope="row">
                {l.language ? languageLabel(l.language) : t('analytics.unknownLanguage')}
              </th>
              <td>{l.sessions}</td>
              <td>{formatRate(l.successRate)}</td>
              <td>{formatRate(l.sessions > 0 ? l.escalated / l.sessions : null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
