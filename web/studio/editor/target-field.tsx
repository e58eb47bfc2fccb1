import { t } from '../../i18n/t'
import { SelectField } from '../ui/select-field'
import type { EditableStep } from './draft-doc'
import { useStepEdit } from './use-step-edit'
import type { FieldErrors } from './validation'

type Props = {
  index: number
  target: EditableStep['target']
  parts: readonly { node: string; label: string }[]
  errors: FieldErrors
}

/**
 * The step's target part. Clicking a part in the 3D view sets it (with the point clicked); this
 * select does the same from the keyboard.
 */
export function TargetField({ index, target, parts, errors }: Props) {
  const patch = useStepEdit(index)
  const known = parts.some((p) => p.node === target.node)
  const options = [
    { value: '', label: t('editor.noTarget') },
    ...(known || !target.node ? [] : [{ value: target.node, label: target.node }]),
    ...parts.map((p) => ({ value: p.node, label: p.label })),
  ]
  const point = target.point
  return (
    <fieldset className="stack editor-fieldset">
      <legend>{t('editor.targetHeading')}</legend>
      <p className="muted">{t('editor.targetHint')}</p>
      <SelectField
        label={t('editor.targetPart')}
        value={target.node}
        options={options}
        onChange={(node) => patch({ target: { node } })}
        errors={errors[`steps.${index}.target.node`] ?? errors[`steps.${index}.target`]}
      />
      {point && (
        <div className="row">
          <span data-testid="target-point">
            {t('editor.targetPoint', { point: point.map((v) => v.toFixed(3)).join(', ') })}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => patch({ target: { node: target.node } })}
          >
            {t('editor.clearPoint')}
          </button>
        </div>
      )}
    </fieldset>
  )
}
