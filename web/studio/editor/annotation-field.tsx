import { t } from '../../i18n/t'
import { NumberField } from '../ui/number-field'
import { SelectField } from '../ui/select-field'
import { TextField } from '../ui/text-field'
import { type AnnotationType, defaultAnnotation, type EditableAnnotation } from './draft-doc'
import { useStepEdit } from './use-step-edit'
import type { FieldErrors } from './validation'
import { Vec3Fields } from './vec3-fields'

type Props = { index: number; annotation: EditableAnnotation; errors: FieldErrors }

// A function, not a constant: the labels follow a language switch.
const TYPES = () =>
  (['highlight', 'pulse', 'arrow', 'label', 'motion'] as const).map((value) => ({
    value,
    label: t(`editor.annotation.${value}`),
  }))

/** The annotation type and its parameters; the 3D view previews them as they change. */
export function AnnotationField({ index, annotation: a, errors }: Props) {
  const patch = useStepEdit(index)
  const set = (annotation: EditableAnnotation, key?: string) => patch({ annotation }, key)
  const e = (field: string) => errors[`steps.${index}.annotation.${field}`]
  return (
    <fieldset className="stack editor-fieldset">
      <legend>{t('editor.annotationHeading')}</legend>
      <SelectField<AnnotationType>
        label={t('editor.annotationType')}
        value={a.type}
        options={TYPES()}
        onChange={(type) => set(defaultAnnotation(type))}
      />
      {a.type === 'label' && (
        <TextField
          label={t('editor.labelText')}
          value={a.text}
          onChange={(text) => set({ ...a, text }, 'annotation.text')}
          errors={e('text')}
        />
      )}
      {a.type === 'arrow' && (
        <Vec3Fields
          value={a.direction ?? [0, -1, 0]}
          step={0.1}
          label={(axis) => t('editor.direction', { axis })}
          onChange={(direction) => set({ ...a, direction }, 'annotation.direction')}
        />
      )}
      {a.type === 'motion' && (
        <>
          <Vec3Fields
            value={a.translate}
            step={0.01}
            label={(axis) => t('editor.translate', { axis })}
            onChange={(translate) => set({ ...a, translate }, 'annotation.translate')}
          />
          <p className="muted">{t('editor.translateHint')}</p>
          <Vec3Fields
            value={a.rotate}
            step={5}
            label={(axis) => t('editor.rotate', { axis })}
            onChange={(rotate) => set({ ...a, rotate }, 'annotation.rotate')}
          />
          <NumberField
            label={t('editor.duration')}
            value={a.durationMs}
            step={100}
            min={200}
            max={20000}
            onChange={(durationMs) => set({ ...a, durationMs }, 'annotation.duration')}
            errors={e('durationMs')}
          />
        </>
      )}
    </fieldset>
  )
}
