import { type FormEvent, useState } from 'react'
import { closeEscalation } from '../api/agent'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'

const RESOLUTIONS = ['resolved', 'unresolved', 'dispatch_technician'] as const

/** Ends the escalation with a resolution and notes, which settle the session's outcome. */
export function CloseForm({
  escalationId,
  onClosed,
}: {
  escalationId: string
  onClosed: () => void
}) {
  const [resolution, setResolution] = useState<(typeof RESOLUTIONS)[number]>('resolved')
  const [notes, setNotes] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    try {
      await closeEscalation(escalationId, resolution, notes)
      onClosed()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="close-title">
      <h2 id="close-title">{t('agent.closeTitle')}</h2>
      <fieldset className="row">
        <legend>{t('agent.resolution')}</legend>
        {RESOLUTIONS.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="resolution"
              value={r}
              checked={resolution === r}
              onChange={() => setResolution(r)}
            />{' '}
            {t(`agent.resolution.${r}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t('agent.notes')}
        <textarea
          className="input"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          rows={3}
        />
      </label>
      {error && <ErrorAlert message={error} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('agent.close')}
      </button>
    </form>
  )
}
