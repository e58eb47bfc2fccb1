import { useId } from 'react'
import { t } from '../../i18n/t'

export type Selection = { a: number | 'all'; b: number | 'all' | 'none'; from: string; to: string }

type Props = { versions: number[]; value: Selection; onChange: (next: Selection) => void }

const parse = (v: string) => (v === 'all' || v === 'none' ? v : Number(v))

/** The version (and one to compare it with) and the date range the figures cover. */
export function AnalyticsFilters({ versions, value, onChange }: Props) {
  const id = useId()
  const backwards = value.from !== '' && value.to !== '' && value.from > value.to
  const versionOptions = [
    <option key="all" value="all">
      {t('analytics.allVersions')}
    </option>,
    ...versions.map((v) => (
      <option key={v} value={v}>
        {t('analytics.versionN', { version: v })}
      </option>
    )),
  ]
  return (
    <fieldset className="analytics-filters">
      <legend className="visually-hidden">{t('analytics.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('analytics.version')}</label>
        <select
          id={`${id}-a`}
          className="input"
          value={value.a}
          onChange={(e) => onChange({ ...value, a: parse(e.target.value) as Selection['a'] })}
        >
          {versionOptions}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-b`}>{t('analytics.compareWith')}</label>
        <select
          id={`${id}-b`}
          className="input"
          value={value.b}
          onChange={(e) => onChange({ ...value, b: parse(e.target.value) })}
        >
          <option value="none">{t('analytics.noCompare')}</option>
          {versionOptions}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('analytics.from')}</label>
        <input
          id={`${id}-from`}
          className="input"
          type="date"
          value={value.from}
          max={value.to || undefined}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('analytics.to')}</label>
        <input
          id={`${id}-to`}
          className="input"
          type="date"
          value={value.to}
          min={value.from || undefined}
          aria-describedby={`${id}-hint`}
          aria-invalid={backwards || undefined}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
      </div>
      <p id={`${id}-hint`} className={backwards ? 'field-error' : 'muted'}>
        {backwards ? t('analytics.rangeBackwards') : t('analytics.rangeHint')}
      </p>
    </fieldset>
  )
}
