import type { TranslatableField } from '../../../server/domain/translation'
import { t } from '../../i18n/t'

type Props = {
  field: TranslatableField
  label: string
  value: string
  sourceLanguage: string
  language: string
  /** The source text at the version the translation was made from, when it differs now. */
  was: string | null | undefined
  changedSince: number | null
  onChange: (value: string) => void
}

/**
 * One text side by side: the source, read-only, on the left; the translation on the right, a
 * labelled field whose description is the source text (and what it was, when it changed), so a
 * screen reader hears what to translate.
 */
export function TranslationField(p: Props) {
  const id = `tr-${p.field.key.replace(/[^\w-]/g, '_')}`
  const multiline = p.field.markdown || p.field.text.length > 80
  const changed = p.was !== undefined
  return (
    <div className="translation-row" data-changed={changed || undefined} data-key={p.field.key}>
      <div className="translation-source">
        <span className="translation-label" aria-hidden="true">
          {p.label}
        </span>
        <p id={`${id}-source`} lang={p.sourceLanguage} className="translation-source-text">
          {p.field.text}
        </p>
        {changed && (
          <p id={`${id}-changed`} className="translation-changed">
            <strong>{t('translations.changed', { version: p.changedSince ?? 0 })}</strong>
            {p.was ? (
              <span lang={p.sourceLanguage}> {t('translations.was', { text: p.was })}</span>
            ) : null}
          </p>
        )}
      </div>
      <div className="field translation-target">
        <label htmlFor={id}>{p.label}</label>
        {multiline ? (
          <textarea
            id={id}
            className="input"
            rows={Math.min(8, Math.max(3, Math.ceil(p.field.text.length / 70)))}
            lang={p.language}
            value={p.value}
            maxLength={p.field.max}
            aria-describedby={`${id}-source${changed ? ` ${id}-changed` : ''}`}
            onChange={(e) => p.onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            className="input"
            type="text"
            lang={p.language}
            value={p.value}
            maxLength={p.field.max}
            aria-describedby={`${id}-source${changed ? ` ${id}-changed` : ''}`}
            onChange={(e) => p.onChange(e.target.value)}
          />
        )}
      </div>
    </div>
  )
}
