import { t } from '../../i18n/t'
import type { Autosaver } from './autosaver'
import { useEditor } from './editor-store'

/** "All changes saved", "Saving…", or why it was not saved with a way to try again. */
export function SaveStatusText({ saver }: { saver: Autosaver }) {
  const save = useEditor((s) => s.save)
  return (
    <span className="row" role="status" data-testid="save-status">
      {save.kind === 'saved' && t('editor.save.saved')}
      {save.kind === 'dirty' && t('editor.save.dirty')}
      {save.kind === 'saving' && t('editor.save.saving')}
      {save.kind === 'error' && (
        <>
          <span className="field-error">{t('editor.save.error', { message: save.message })}</span>
          <button type="button" className="button" onClick={() => void saver.flush()}>
            {t('editor.saveNow')}
          </button>
        </>
      )}
    </span>
  )
}
