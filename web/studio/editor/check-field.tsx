import { useId } from 'react'
import { t } from '../../i18n/t'
import { SelectField } from '../ui/select-field'
import { TextField } from '../ui/text-field'
import type { EditableStep } from './draft-doc'
import { useEditor } from './editor-store'
import { positional } from './positional'
import { useStepEdit } from './use-step-edit'
import type { FieldErrors } from './validation'

type Check = NonNullable<EditableStep['check']>
type Props = { index: number; check: EditableStep['check']; errors: FieldErrors }

/** An optional question after the step; each answer (two or three) branches to a step. */
export function CheckField({ index, check, errors }: Props) {
  const id = useId()
  const patch = useStepEdit(index)
  const stepIds = useEditor((s) => s.doc.steps.map((x) => x.id).join('\n'))
  const targets = [
    { value: '', label: t('editor.chooseStep') },
    ...stepIds
      .split('\n')
      .filter(Boolean)
      .map((v) => ({ value: v, label: v })),
  ]
  const set = (next: Check | undefined, key?: string) => patch({ check: next }, key)
  const base = `steps.${index}.check`
  return (
    <fieldset className="stack editor-fieldset">
      <legend>{t('editor.checkHeading')}</legend>
      <div className="row">
        <input
          id={id}
          type="checkbox"
          checked={Boolean(check)}
          onChange={(e) =>
            set(
              e.target.checked
                ? {
                    question: '',
                    answers: [
                      { label: '', goto: '' },
                      { label: '', goto: '' },
                    ],
                  }
                : undefined,
            )
          }
        />
        <label htmlFor={id}>{t('editor.hasCheck')}</label>
      </div>
      {check && (
        <>
          <TextField
            label={t('editor.question')}
            value={check.question}
            onChange={(question) => set({ ...check, question }, 'check.question')}
            errors={errors[`${base}.question`]}
          />
          {positional(check.answers, `step-${index}-answer`).map(({ item: a, key }, i) => {
            const answer = (change: Partial<Check['answers'][number]>, key?: string) =>
              set(
                {
                  ...check,
                  answers: check.answers.map((x, j) => (j === i ? { ...x, ...change } : x)),
                },
                key,
              )
            return (
              <div className="editor-bullet" key={key}>
                <TextField
                  label={t('editor.answerLabel', { index: i + 1 })}
                  value={a.label}
                  onChange={(label) => answer({ label }, `check.answers.${i}`)}
                  errors={errors[`${base}.answers.${i}.label`]}
                />
                <SelectField
                  label={t('editor.answerGoto', { index: i + 1 })}
                  value={a.goto}
                  options={
                    targets.some((o) => o.value === a.goto)
                      ? targets
                      : [...targets, { value: a.goto, label: a.goto }]
                  }
                  onChange={(goto) => answer({ goto })}
                  errors={errors[`${base}.answers.${i}.goto`]}
                />
                {check.answers.length > 2 && (
                  <button
                    type="button"
                    className="button"
                    onClick={() =>
                      set({ ...check, answers: check.answers.filter((_, j) => j !== i) })
                    }
                  >
                    {t('editor.removeAnswer', { index: i + 1 })}
                  </button>
                )}
              </div>
            )
          })}
          {check.answers.length < 3 && (
            <div>
              <button
                type="button"
                className="button"
                onClick={() =>
                  set({ ...check, answers: [...check.answers, { label: '', goto: '' }] })
                }
              >
                {t('editor.addAnswer')}
              </button>
            </div>
          )}
        </>
      )}
      {errors[`${base}.answers`] && (
        <p className="field-error">{errors[`${base}.answers`]?.join('; ')}</p>
      )}
    </fieldset>
  )
}
