import { t } from '../../i18n/t'
import { SelectField } from '../ui/select-field'
import { TextField } from '../ui/text-field'
import type { EditableStep } from './draft-doc'
import { positional } from './positional'
import { useStepEdit } from './use-step-edit'
import type { FieldErrors } from './validation'

type Props = { index: number; bullets: EditableStep['bullets']; errors: FieldErrors }
type Kind = EditableStep['bullets'][number]['kind']

// A function, not a constant: the labels follow a language switch.
const KINDS = () =>
  (['info', 'note', 'caution', 'warning'] as const).map((value) => ({
    value,
    label: t(`guide.bullet.${value}`),
  }))

/** Typed bullets (tip, note, caution, warning), added and removed one by one. */
export function BulletsField({ index, bullets, errors }: Props) {
  const patch = useStepEdit(index)
  const set = (i: number, change: Partial<{ kind: Kind; text: string }>, key?: string) =>
    patch({ bullets: bullets.map((b, j) => (j === i ? { ...b, ...change } : b)) }, key)
  return (
    <fieldset className="stack editor-fieldset">
      <legend>{t('editor.bulletsHeading')}</legend>
      {positional(bullets, `step-${index}-bullet`).map(({ item: b, key }, i) => (
        <div className="editor-bullet" key={key}>
          <SelectField
            label={t('editor.bulletKind', { index: i + 1 })}
            value={b.kind}
            options={KINDS()}
            onChange={(kind) => set(i, { kind })}
          />
          <TextField
            label={t('editor.bulletText', { index: i + 1 })}
            value={b.text}
            onChange={(text) => set(i, { text }, `bullets.${i}`)}
            errors={errors[`steps.${index}.bullets.${i}.text`]}
          />
          <button
            type="button"
            className="button"
            onClick={() => patch({ bullets: bullets.filter((_, j) => j !== i) })}
          >
            {t('editor.removeBullet', { index: i + 1 })}
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => patch({ bullets: [...bullets, { kind: 'info', text: '' }] })}
        >
          {t('editor.addBullet')}
        </button>
      </div>
    </fieldset>
  )
}
