import { useId, useState } from 'react'
import { revealWebhookSecret, rotateWebhookSecret } from '../../api/webhooks'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'

type Props = { endpointId: string; url: string; initial?: string | null }

/** The endpoint's signing secret: hidden until asked for; rotating replaces it at once. */
export function SecretPanel({ endpointId, url, initial }: Props) {
  const [secret, setSecret] = useState<string | null>(initial ?? null)
  const [note, setNote] = useState<string | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const [busy, setBusy] = useState(false)
  const id = useId()

  async function run(action: () => Promise<string>, done: string | null) {
    setBusy(true)
    setError(null)
    setNote(null)
    try {
      setSecret(await action())
      setNote(done)
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('webhooks.secretHeading')}</h3>
      {error && <ErrorAlert message={error.message} />}
      <div role="status" aria-live="polite">
        {note && <p>{note}</p>}
      </div>
      {secret && (
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('webhooks.secret')}</label>
          <input
            id={`${id}-secret`}
            className="input webhooks-secret"
            readOnly
            value={secret}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <div className="row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            secret ? setSecret(null) : void run(() => revealWebhookSecret(endpointId), null)
          }
        >
          {secret ? t('webhooks.hide') : t('webhooks.reveal')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            if (window.confirm(t('webhooks.confirmRotate', { url })))
              void run(() => rotateWebhookSecret(endpointId), t('webhooks.rotated'))
          }}
        >
          {t('webhooks.rotate')}
        </button>
      </div>
    </section>
  )
}
