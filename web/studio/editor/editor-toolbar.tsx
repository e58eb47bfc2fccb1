import { t } from '../../i18n/t'
import type { Autosaver } from './autosaver'
import { ConflictBanner } from './conflict-banner'
import { useEditor } from './editor-store'
import { SaveStatusText } from './save-status-text'
import { useUndoKeys } from './use-undo-keys'

/** Undo, redo, the save state, and what to do when someone else saved first. */
export function EditorToolbar({ saver }: { saver: Autosaver }) {
  useUndoKeys()
  const undo = useEditor((s) => s.undo)
  const redo = useEditor((s) => s.redo)
  const canUndo = useEditor((s) => s.past.length > 0)
  const canRedo = useEditor((s) => s.future.length > 0)
  return (
    <div className="stack editor-toolbar">
      <div className="row" role="toolbar" aria-label={t('editor.shortcuts')}>
        <button
          type="button"
          className="button"
          onClick={undo}
          disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          {t('editor.undo')}
        </button>
        <button
          type="button"
          className="button"
          onClick={redo}
          disabled={!canRedo}
          aria-keyshortcuts="Shift+Control+Z Shift+Meta+Z"
        >
          {t('editor.redo')}
        </button>
        <SaveStatusText saver={saver} />
      </div>
      <p className="muted">{t('editor.shortcuts')}</p>
      <ConflictBanner />
    </div>
  )
}
