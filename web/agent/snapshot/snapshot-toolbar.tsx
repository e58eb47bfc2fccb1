import { useEffect, useRef } from 'react'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import './snapshot.css'
import { INK_COLORS, INK_TOOLS } from './ink'
import { InkChoices } from './ink-choices'
import { SNAPSHOT_HINT_ID } from './snapshot-canvas'
import type { SnapshotEditor } from './use-snapshot-editor'

/**
 * Freeze frame, and while frozen the drawing tools (pen, arrow, circle), the colour, Undo, Clear,
 * Cancel and Send to customer, all plain buttons and radio groups, so the keyboard reaches each.
 */
export function SnapshotToolbar({ editor }: { editor: SnapshotEditor }) {
  const { frame, marks, sending, error } = editor
  // Sent or cancelled, the tools go: the focus comes back to Freeze frame rather than the page.
  const freezeButton = useRef<HTMLButtonElement>(null)
  const wasFrozen = useRef(false)
  useEffect(() => {
    if (wasFrozen.current && !frame) freezeButton.current?.focus()
    wasFrozen.current = Boolean(frame)
  }, [frame])
  return (
    <div className="snapshot-tools stack">
      {frame ? (
        <fieldset className="snapshot-fieldset stack">
          <legend className="visually-hidden">{t('snapshot.tools')}</legend>
          <div className="row snapshot-choices">
            <InkChoices
              legend={t('snapshot.tool')}
              name="snapshot-tool"
              options={INK_TOOLS}
              value={editor.tool}
              label={(o) => t(`snapshot.tool.${o}` as const)}
              onChange={editor.setTool}
            />
            <InkChoices
              legend={t('snapshot.color')}
              name="snapshot-color"
              options={INK_COLORS}
              value={editor.color}
              label={(o) => t(`snapshot.color.${o}` as const)}
              swatch
              onChange={editor.setColor}
            />
          </div>
          <div className="row">
            <button
              type="button"
              className="button"
              onClick={editor.undo}
              disabled={!marks.length || sending}
            >
              {t('snapshot.undo')}
            </button>
            <button
              type="button"
              className="button"
              onClick={editor.clear}
              disabled={!marks.length || sending}
            >
              {t('snapshot.clear')}
            </button>
            <button type="button" className="button" onClick={editor.cancel} disabled={sending}>
              {t('snapshot.cancel')}
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void editor.send()}
              disabled={sending}
              aria-busy={sending}
            >
              {t(sending ? 'snapshot.sending' : 'snapshot.send')}
            </button>
          </div>
          <p id={SNAPSHOT_HINT_ID} className="muted">
            {t('snapshot.hint')}
          </p>
        </fieldset>
      ) : (
        <div className="row">
          <button
            ref={freezeButton}
            type="button"
            className="button"
            onClick={editor.freeze}
            aria-describedby="snapshot-freeze-hint"
          >
            {t('snapshot.freeze')}
          </button>
          <span id="snapshot-freeze-hint" className="visually-hidden">
            {t('snapshot.freezeHint')}
          </span>
        </div>
      )}
      {error && <ErrorAlert message={error} />}
      <p role="status" className="muted" data-testid="snapshot-status">
        {editor.status}
      </p>
    </div>
  )
}
