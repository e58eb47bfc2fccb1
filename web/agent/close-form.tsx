import { type FormEvent, useId, useState } from 'react'
import type { Resolution } from '../../server/domain/escalation'
import { closeEscalation } from '../api/agent'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'

const RESOLUTIONS = ['resolved', 'unresolved', 'dispatch_technician'] as const

type Props = {
  /** Records the result: a call's close, or a callback's. */
  submit: (resolution: Resolution, notes: string) => Promise<unknown>
  onClosed: () => void
  title?: string
  submitLabel?: string
}

/** Ends a call (or a callback) with a resolution and notes, which settle the session's outcome. */
export function ResolutionForm({ submit, onClosed, title, submitLabel }: Props) {
  const [resolution, setResolution] = useState<Resolution>('resolved')
  const [notes, setNotes] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()
  async function onSubmit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    try {
      await submit(resolution, notes)
      onClosed()
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <form className="stack" onSubmit={onSubmit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title ?? t('agent.closeTitle')}</h2>
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
        {submitLabel ?? t('agent.close')}
      </button>
    </form>
  )
}

/** Ends the escalation with a resolution and notes. */
export function CloseForm({
  escalationId,
  onClosed,
}: {
  escalationId: string
  onClosed: () => void
}) {
  return (
    <ResolutionForm
      submit={(resolution, notes) => closeEscalation(escalationId, resolution, notes)}
      onClosed={onClosed}
    />
  )
}
