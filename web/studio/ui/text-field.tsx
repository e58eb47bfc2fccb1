import { useId } from 'react'
import { FieldErrors } from './field-errors'

type Props = {
  label: string
  value: string
  onChange: (value: string) => void
  errors?: readonly string[] | undefined
  multiline?: boolean
  hint?: string
  required?: boolean
}

/** A labelled text input (or textarea) with its errors beside it. */
export function TextField({ label, value, onChange, errors, multiline, hint, required }: Props) {
  const id = useId()
  const invalid = Boolean(errors?.length)
  const common = {
    id,
    className: 'input',
    value,
    required,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-error` : hint ? `${id}-hint` : undefined,
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={4} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && !invalid && (
        <p className="muted field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  )
}
