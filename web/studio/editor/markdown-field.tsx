import { useId } from 'react'
import Markdown from 'react-markdown'
import { t } from '../../i18n/t'
import { FieldErrors } from '../ui/field-errors'

type Props = {
  value: string
  onChange: (value: string) => void
  errors: readonly string[] | undefined
}

/**
 * The step's instructions in Markdown, with a live preview. react-markdown builds React elements
 * and ignores raw HTML, so the preview is sanitized as the customer's step card is.
 */
export function MarkdownField({ value, onChange, errors }: Props) {
  const id = useId()
  const invalid = Boolean(errors?.length)
  return (
    <div className="editor-markdown">
      <div className="field">
        <label htmlFor={id}>{t('editor.field.body')}</label>
        <textarea
          id={id}
          className="input"
          rows={6}
          value={value}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
      <section className="editor-markdown-preview" aria-label={t('editor.bodyPreview')}>
        <Markdown skipHtml>{value}</Markdown>
      </section>
    </div>
  )
}
