import { t } from '../../i18n/t'
import { TextField } from '../ui/text-field'
import { AnnotationField } from './annotation-field'
import { BulletsField } from './bullets-field'
import { CheckField } from './check-field'
import { useEditor } from './editor-store'
import { MarkdownField } from './markdown-field'
import { MediaField } from './media-field'
import { TargetField } from './target-field'
import { useDraftErrors } from './use-draft-errors'
import { useStepEdit } from './use-step-edit'

type Props = { parts: readonly { node: string; label: string }[] }

/** Everything about the selected step, each field with its errors beside it. */
export function StepForm({ parts }: Props) {
  const index = useEditor((s) => s.selected)
  const step = useEditor((s) => s.doc.steps[s.selected])
  const errors = useDraftErrors()
  const patch = useStepEdit(index)
  if (!step) return <p className="muted">{t('editor.noSteps')}</p>
  const e = (field: string) => errors[`steps.${index}.${field}`]
  return (
    <section className="stack card" aria-labelledby="editor-step">
      <h2 id="editor-step">{t('editor.stepHeading', { index: index + 1 })}</h2>
      <div className="editor-grid">
        <TextField
          label={t('editor.field.stepTitle')}
          value={step.title}
          onChange={(title) => patch({ title }, 'title')}
          errors={e('title')}
        />
        <TextField
          label={t('editor.field.stepId')}
          value={step.id}
          onChange={(id) => patch({ id }, 'id')}
          errors={e('id')}
        />
      </div>
      <MarkdownField
        value={step.body}
        onChange={(body) => patch({ body }, 'body')}
        errors={e('body')}
      />
      <BulletsField index={index} bullets={step.bullets} errors={errors} />
      <MediaField index={index} step={step} errors={errors} />
      <TargetField index={index} target={step.target} parts={parts} errors={errors} />
      <AnnotationField index={index} annotation={step.annotation} errors={errors} />
      <CheckField index={index} check={step.check} errors={errors} />
    </section>
  )
}
