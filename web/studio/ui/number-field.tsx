import { useEffect, useId, useState } from 'react'
import { FieldErrors } from './field-errors'

type Props = {
  label: string
  value: number
  onChange: (value: number) => void
  errors?: readonly string[] | undefined
  step?: number
  min?: number
  max?: number
}

/**
 * A labelled number input. What the author types is kept as text until it is a number, so "-" or
 * "0." on the way to "-0.25" is not thrown away.
 */
export function NumberField({ label, value, onChange, errors, step, min, max }: Props) {
  const id = useId()
  const [text, setText] = useState(String(value))
  useEffect(() => {
    setText((t) => (Number(t) === value && t.trim() !== '' ? t : String(value)))
  }, [value])
  const invalid = Boolean(errors?.length)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="number"
        inputMode="decimal"
        step={step ?? 'any'}
        min={min}
        max={max}
        value={text}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          const n = Number(e.target.value)
          if (e.target.value.trim() !== '' && Number.isFinite(n)) onChange(n)
        }}
      />
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  )
}
