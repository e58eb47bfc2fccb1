import type { AnalyticsFigures } from '../../api/studio-analytics'
import { t } from '../../i18n/t'
import { formatMinutes, formatRate } from './format'

/** The headline figures for one selection, as a description list. */
export function FigureSummary({ figures: f }: { figures: AnalyticsFigures }) {
  const items: [string, string, string?][] = [
    [t('analytics.sessions'), String(f.sessions)],
    [t('analytics.successRate'), formatRate(f.successRate), t('analytics.successHint')],
    [t('analytics.abandonment'), formatRate(f.abandonmentRate)],
    [t('analytics.escalationRate'), formatRate(f.escalationRate)],
    [t('analytics.medianTime'), formatMinutes(f.medianMinutes)],
  ]
  return (
    <div className="stack">
      <dl className="analytics-figures">
        {items.map(([label, value, hint]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
            {hint && <dd className="muted analytics-hint">{hint}</dd>}
          </div>
        ))}
      </dl>
      <p className="muted">
        {t('analytics.outcomes', {
          fixed: f.fixed,
          notFixed: f.notFixed,
          abandoned: f.abandoned,
          escalated: f.escalated,
        })}
      </p>
    </div>
  )
}
