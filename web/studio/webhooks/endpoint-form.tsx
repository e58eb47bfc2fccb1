import { type FormEvent, useId, useState } from 'react'
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../../server/domain/webhooks'
import { ApiError } from '../../api/api-error'
import type { EndpointInput } from '../../api/webhooks'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'

type Props = {
  heading: string
  submitLabel: string
  busyLabel: string
  initial?: EndpointInput
  /** Resolves when saved; the fields stay as typed when it throws. */
  onSubmit: (input: EndpointInput) => Promise<void>
  /** Clear the form after a successful submit (adding). */
  resetOnSave?: boolean
}

const EMPTY: EndpointInput = { url: '', description: '', events: [], enabled: true }

/** URL, description, event filter and enabled: for adding an endpoint and for editing one. */
export function EndpointForm({
  heading,
  submitLabel,
  busyLabel,
  initial,
  onSubmit,
  resetOnSave,
}: Props) {
  const [value, setValue] = useState<EndpointInput>(initial ?? EMPTY)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<Error | null>(null)
  const id = useId()

  async function submit(e: FormEvent) {
    e.preventDefault()
    setBusy(true)
    setError(null)
    try {
      await onSubmit(value)
      if (resetOnSave) setValue(EMPTY)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }

  const toggle = (type: WebhookEventType, on: boolean) =>
    setValue((v) => ({
      ...v,
      events: on ? [...v.events, type] : v.events.filter((x) => x !== type),
    }))
  const fields = error instanceof ApiError ? error.fields : undefined
  return (
    <form className="stack card" onSubmit={submit} noValidate aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {error && <ErrorAlert message={error.message} />}
      <div className="field">
        <label htmlFor={`${id}-url`}>{t('webhooks.url')}</label>
        <input
          id={`${id}-url`}
          className="input"
          type="url"
          required
          autoComplete="off"
          placeholder="https://"
          value={value.url}
          onChange={(e) => setValue({ ...value, url: e.target.value })}
          aria-invalid={fields?.url ? true : undefined}
          aria-describedby={`${id}-url-hint${fields?.url ? ` ${id}-url-error` : ''}`}
        />
        <span id={`${id}-url-hint`} className="muted">
          {t('webhooks.urlHint')}
        </span>
        {fields?.url && (
          <span id={`${id}-url-error`} className="field-error">
            {fields.url.join(' ')}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-desc`}>{t('webhooks.description')}</label>
        <input
          id={`${id}-desc`}
          className="input"
          autoComplete="off"
          value={value.description}
          onChange={(e) => setValue({ ...value, description: e.target.value })}
        />
      </div>
      <fieldset className="webhooks-events" aria-describedby={`${id}-events-hint`}>
        <legend>{t('webhooks.events')}</legend>
        <span id={`${id}-events-hint`} className="muted">
          {t('webhooks.eventsHint')}
        </span>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="webhooks-check">
            <input
              type="checkbox"
              checked={value.events.includes(type)}
              onChange={(e) => toggle(type, e.target.checked)}
            />
            <code>{type}</code>
          </label>
        ))}
      </fieldset>
      <label className="webhooks-check">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => setValue({ ...value, enabled: e.target.checked })}
        />
        {t('webhooks.enabled')}
      </label>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  )
}
