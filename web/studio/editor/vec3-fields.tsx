import { NumberField } from '../ui/number-field'

type Vec3 = [number, number, number]
const AXES = ['X', 'Y', 'Z'] as const

type Props = {
  value: Vec3
  onChange: (value: Vec3) => void
  label: (axis: string) => string
  step: number
}

/** Three numeric fields for a vector (a motion's offset or turn, an arrow's direction). */
export function Vec3Fields({ value, onChange, label, step }: Props) {
  return (
    <div className="editor-vec3">
      {AXES.map((axis, i) => (
        <NumberField
          key={axis}
          label={label(axis)}
          value={value[i] ?? 0}
          step={step}
          onChange={(n) => {
            const next: Vec3 = [...value]
            next[i] = n
            onChange(next)
          }}
        />
      ))}
    </div>
  )
}
