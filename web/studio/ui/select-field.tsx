import { useId } from 'react'
import { FieldErrors } from './field-errors'

type Props<T extends string> = {
  label: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
  errors?: readonly string[] | undefined
}

/** A labelled select with its errors beside it. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  errors,
}: Props<T>) {
  const id = useId()
  const invalid = Boolean(errors?.length)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="input"
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          const hit = options.find((o) => o.value === e.target.value)
          if (hit) onChange(hit.value)
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  )
}
