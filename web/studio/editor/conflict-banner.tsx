import { useState } from 'react'
import { getStudioProcedure } from '../../api/studio-procedures'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { toEditable } from './draft-doc'
import { useEditor, useEditorStore } from './editor-store'
import { localCopy } from './local-copy'

/**
 * A stale save (409): the server's message, and "Reload their version" which shows the saved draft
 * while the author's own stays kept (in memory and on this device) until they put it back or
 * discard it.
 */
export function ConflictBanner() {
  const store = useEditorStore()
  const save = useEditor((s) => s.save)
  const kept = useEditor((s) => s.kept)
  const [error, setError] = useState<string | null>(null)
  const id = store.getState().procedureId

  async function reload() {
    setError(null)
    try {
      const mine = store.getState().doc
      const theirs = await getStudioProcedure(id)
      localCopy.write(id, mine)
      store.getState().reset(toEditable(theirs.draft), theirs.revision, mine)
    } catch (err) {
      setError((err as Error).message)
    }
  }

  if (save.kind === 'conflict')
    return (
      <div className="alert alert-error" role="alert">
        <strong>{t('editor.conflictTitle')}</strong>
        <p>{save.message}</p>
        <div>
          <button type="button" className="button button-primary" onClick={reload}>
            {t('editor.reloadTheirs')}
          </button>
        </div>
        {error && <ErrorAlert message={error} />}
      </div>
    )
  if (!kept) return null
  return (
    <div className="alert" role="status">
      <strong>{t('editor.keptTitle')}</strong>
      <p>{t('editor.keptBody')}</p>
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            store.getState().setKept(null)
            store.getState().edit(() => kept)
          }}
        >
          {t('editor.useMine')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            store.getState().setKept(null)
            localCopy.clear(id)
          }}
        >
          {t('editor.discardMine')}
        </button>
      </div>
    </div>
  )
}
