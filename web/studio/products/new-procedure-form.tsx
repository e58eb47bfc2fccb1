import { type FormEvent, useState } from 'react'
import { useLocation } from 'wouter'
import { createProcedure } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { newProcedure } from '../editor/draft-doc'
import { TextField } from '../ui/text-field'
import { useSave } from './use-save'

/** Starts a procedure for the product: an id and a title, then the editor opens. */
export function NewProcedureForm({ productId }: { productId: string }) {
  const [, navigate] = useLocation()
  const [id, setId] = useState('')
  const [title, setTitle] = useState('')
  const save = useSave()

  async function submit(e: FormEvent) {
    e.preventDefault()
    const created = await save.run(() => createProcedure(newProcedure(id, productId, title)))
    if (created) navigate(`/studio/procedures/${created.id}`)
  }

  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="new-procedure">
      <h4 id="new-procedure">{t('studio.newProcedure')}</h4>
      <TextField
        label={t('studio.field.id')}
        hint={t('studio.field.idHint')}
        value={id}
        onChange={setId}
        errors={save.fields.id}
        required
      />
      <TextField
        label={t('studio.field.title')}
        value={title}
        onChange={setTitle}
        errors={save.fields.title}
        required
      />
      {save.error && <ErrorAlert message={save.error.message} />}
      <button type="submit" className="button button-primary" disabled={save.busy}>
        {save.busy ? t('studio.creating') : t('studio.create')}
      </button>
    </form>
  )
}
