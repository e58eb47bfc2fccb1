import { MAX_LABELS } from '../../../server/domain/serials'
import { t } from '../../i18n/t'
import { NumberField } from '../ui/number-field'
import { SelectField } from '../ui/select-field'
import { TextField } from '../ui/text-field'
import type { Paper } from './sheet-layout'
import {
  type LabelFormErrors,
  type LabelFormValues,
  MAX_SIZE_MM,
  MIN_SIZE_MM,
} from './use-label-form'

type Props = {
  values: LabelFormValues
  errors: LabelFormErrors
  /** The product's declared QR side; when set, the size is not the author's to change here. */
  declaredMm: number | null
  set: <K extends keyof LabelFormValues>(key: K, value: LabelFormValues[K]) => void
}

// A function, not a constant: the labels follow a language switch.
const paperOptions = (): readonly { value: Paper; label: string }[] => [
  { value: 'a4', label: t('labels.paper.a4') },
  { value: 'letter', label: t('labels.paper.letter') },
]

/** Paper, count, first serial and (without a declared label pose) the QR side. */
export function LabelForm({ values, errors, declaredMm, set }: Props) {
  return (
    <form className="label-form" aria-label={t('labels.form')} onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('labels.paper')}
        value={values.paper}
        options={paperOptions()}
        onChange={(v) => set('paper', v)}
      />
      <NumberField
        label={t('labels.count')}
        value={values.count}
        min={1}
        max={MAX_LABELS}
        step={1}
        errors={errors.count}
        onChange={(v) => set('count', v)}
      />
      <TextField
        label={t('labels.first')}
        value={values.first}
        hint={t('labels.firstHint')}
        errors={errors.first}
        onChange={(v) => set('first', v)}
      />
      {declaredMm === null ? (
        <div>
          <NumberField
            label={t('labels.size')}
            value={values.sizeMm}
            min={MIN_SIZE_MM}
            max={MAX_SIZE_MM}
            step={0.5}
            errors={errors.sizeMm}
            onChange={(v) => set('sizeMm', v)}
          />
          <p className="muted field-hint">{t('labels.sizeHint')}</p>
        </div>
      ) : (
        <p className="muted">{t('labels.sizeDeclared', { size: declaredMm })}</p>
      )}
    </form>
  )
}
