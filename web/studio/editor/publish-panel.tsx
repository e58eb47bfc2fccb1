import { type FormEvent, useState } from 'react'
import { ApiError } from '../../api/api-error'
import { publishProcedure } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { TextField } from '../ui/text-field'
import type { Autosaver } from './autosaver'
import { useEditorStore } from './editor-store'
import { useDraftErrors } from './use-draft-errors'

type Props = { saver: Autosaver; onPublished: () => void }

/** Saves what is unsaved, then publishes it as an immutable version with a change note. */
export function PublishPanel({ saver, onPublished }: Props) {
  const store = useEditorStore()
  const problems = Object.keys(useDraftErrors()).length
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<number | null>(null)
  const [error, setError] = useState<ApiError | Error | null>(null)

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    setDone(null)
    try {
      if (!(await saver.flush())) throw new Error(t('editor.save.dirty'))
      const { procedureId, revision } = store.getState()
      const version = await publishProcedure(procedureId, note.trim(), revision)
      setDone(version)
      setNote('')
      onPublished()
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }

  const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : []
  return (
    <form className="stack card" onSubmit={submit} aria-labelledby="editor-publish">
      <h2 id="editor-publish">{t('editor.publishHeading')}</h2>
      {problems > 0 && <p className="field-error">{t('editor.notReady', { count: problems })}</p>}
      <TextField
        label={t('editor.changeNote')}
        hint={t('editor.changeNoteHint')}
        value={note}
        onChange={setNote}
        required
      />
      <div>
        <button
          type="submit"
          className="button button-primary"
          disabled={busy || note.trim() === ''}
        >
          {busy ? t('editor.publishing') : t('editor.publish')}
        </button>
      </div>
      <p role="status">{done ? t('editor.published', { version: done }) : ''}</p>
      {error && (
        <ErrorAlert message={error.message}>
          {fields.length > 0 && (
            <ul className="studio-issues">
              {fields.map(([path, messages]) => (
                <li key={path}>
                  <code>{path}</code>: {messages.join('; ')}
                </li>
              ))}
            </ul>
          )}
        </ErrorAlert>
      )}
    </form>
  )
}
