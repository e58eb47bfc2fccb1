type InkChoicesProps<T extends string> = {
  legend: string
  name: string
  options: readonly T[]
  value: T
  label: (option: T) => string
  swatch?: boolean
  onChange: (option: T) => void
}

/** A radio group drawn as a row of chips; the arrow keys move the choice as in any radio group. */
export function InkChoices<T extends string>(props: InkChoicesProps<T>) {
  const { legend, name, options, value, label, swatch, onChange } = props
  return (
    <fieldset className="snapshot-fieldset">
      <legend>{legend}</legend>
      <div className="snapshot-chips">
        {options.map((o) => (
          <label key={o} className="snapshot-chip">
            <input
              type="radio"
              name={name}
              value={o}
              checked={value === o}
              onChange={() => onChange(o)}
            />
            {swatch && <span className="snapshot-swatch" data-color={o} aria-hidden="true" />}
            {label(o)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
