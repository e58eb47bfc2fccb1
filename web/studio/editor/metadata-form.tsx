import { t } from '../../i18n/t'
import { LinesField } from '../ui/lines-field'
import { NumberField } from '../ui/number-field'
import { SelectField } from '../ui/select-field'
import { TextField } from '../ui/text-field'
import type { EditableProcedure } from './draft-doc'
import { useEditor } from './editor-store'
import { useDraftErrors } from './use-draft-errors'

// A function, not a constant: the labels follow a language switch.
const DIFFICULTIES = () =>
  (['very-easy', 'easy', 'moderate', 'difficult'] as const).map((value) => ({
    value,
    label: t(`difficulty.${value}`),
  }))

/** Title, symptom, difficulty, minutes, source language, tools, parts and safety notes. */
export function MetadataForm() {
  const doc = useEditor((s) => s.doc)
  const edit = useEditor((s) => s.edit)
  const errors = useDraftErrors()
  const set =
    <K extends keyof EditableProcedure>(key: K) =>
    (value: EditableProcedure[K]) =>
      edit((d) => ({ ...d, [key]: value }), `meta.${key}`)
  return (
    <section className="stack card" aria-labelledby="editor-meta">
      <h2 id="editor-meta">{t('editor.metaHeading')}</h2>
      <div className="editor-grid">
        <TextField
          label={t('studio.field.title')}
          value={doc.title}
          onChange={set('title')}
          errors={errors.title}
        />
        <TextField
          label={t('editor.field.symptom')}
          value={doc.symptom}
          onChange={set('symptom')}
          errors={errors.symptom}
        />
        <SelectField
          label={t('editor.field.difficulty')}
          value={doc.difficulty}
          options={DIFFICULTIES()}
          onChange={set('difficulty')}
          errors={errors.difficulty}
        />
        <NumberField
          label={t('editor.field.minutes')}
          value={doc.minutes}
          onChange={set('minutes')}
          errors={errors.minutes}
          step={1}
          min={1}
          max={600}
        />
        <TextField
          label={t('translations.sourceField')}
          hint={t('translations.sourceFieldHint')}
          value={doc.language ?? ''}
          onChange={(v) =>
            edit((d) => ({ ...d, language: v.trim() || undefined }), 'meta.language')
          }
          errors={errors.language}
        />
        <LinesField
          label={t('editor.field.tools')}
          hint={t('editor.field.toolsHint')}
          value={doc.tools}
          onChange={set('tools')}
          errors={errors.tools}
        />
        <LinesField
          label={t('editor.field.parts')}
          hint={t('editor.field.partsHint')}
          value={doc.parts}
          onChange={set('parts')}
          errors={errors.parts}
        />
        <LinesField
          label={t('editor.field.safety')}
          hint={t('editor.field.safetyHint')}
          value={doc.safety}
          onChange={set('safety')}
          errors={errors.safety}
        />
      </div>
    </section>
  )
}
