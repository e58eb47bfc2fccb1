import { useEffect, useId, useState } from 'react'
import { FieldErrors } from './field-errors'

type Props = {
  label: string
  hint: string
  value: readonly string[]
  onChange: (lines: string[]) => void
  errors?: readonly string[] | undefined
}

const toLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

/** A list edited as one line per entry; blank lines are dropped, not saved as empty entries. */
export function LinesField({ label, hint, value, onChange, errors }: Props) {
  const id = useId()
  const [text, setText] = useState(value.join('\n'))
  useEffect(() => {
    setText((t) => (toLines(t).join('\n') === value.join('\n') ? t : value.join('\n')))
  }, [value])
  const invalid = Boolean(errors?.length)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="input"
        rows={3}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          setText(e.target.value)
          onChange(toLines(e.target.value))
        }}
      />
      <p className="muted field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  )
}
