import { useCallback, useId, useState } from 'react'
import type { WebhookDelivery } from '../../../server/domain/webhooks'
import { listWebhookDeliveries, resendWebhookDelivery } from '../../api/webhooks'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { useAsync } from '../../ui/use-async'

type Props = { target: string; heading: string }

function lastAnswer(d: WebhookDelivery) {
  if (d.lastStatus === null && d.lastError === null) return '—'
  const status = d.lastStatus === null ? t('webhooks.noAnswer') : `HTTP ${d.lastStatus}`
  return d.lastError && d.state !== 'delivered' ? `${status} · ${d.lastError}` : status
}

/** The newest deliveries to one target, with their state, and "Send again" on each. */
export function DeliveryLog({ target, heading }: Props) {
  const load = useCallback(() => listWebhookDeliveries(target), [target])
  const log = useAsync(load)
  const [note, setNote] = useState<string | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const [busyId, setBusyId] = useState<string | null>(null)
  const id = useId()

  async function resend(d: WebhookDelivery) {
    setBusyId(d.id)
    setError(null)
    setNote(null)
    try {
      await resendWebhookDelivery(d.id)
      setNote(t('webhooks.resent', { type: d.type }))
      log.retry()
    } catch (err) {
      setError(err instanceof Error ? err : new Error(String(err)))
    } finally {
      setBusyId(null)
    }
  }

  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <div className="row">
        <h3 id={`${id}-h`}>{heading}</h3>
        <button type="button" className="button" onClick={log.retry}>
          {t('webhooks.refresh')}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {note && <p>{note}</p>}
      </div>
      {error && <ErrorAlert message={error.message} />}
      {log.status === 'loading' && <PageStatus label={t('webhooks.logLoading')} />}
      {log.status === 'error' && <ErrorAlert message={log.error.message} onRetry={log.retry} />}
      {log.status === 'ok' && log.data.length === 0 && (
        <p className="muted">{t('webhooks.logEmpty')}</p>
      )}
      {log.status === 'ok' && log.data.length > 0 && (
        <div className="webhooks-table-wrap">
          <table className="webhooks-table">
            <thead>
              <tr>
                <th scope="col">{t('webhooks.logTime')}</th>
                <th scope="col">{t('webhooks.logType')}</th>
                <th scope="col">{t('webhooks.logState')}</th>
                <th scope="col">{t('webhooks.logAttempts')}</th>
                <th scope="col">{t('webhooks.logLast')}</th>
                <th scope="col">{t('webhooks.logNext')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('webhooks.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((d) => (
                <tr key={d.id}>
                  <td>{formatDateTime(d.createdAt)}</td>
                  <th scope="row">
                    <code>{d.type}</code>
                    <span className="muted webhooks-id"> {d.eventId}</span>
                  </th>
                  <td className={`webhooks-state webhooks-state-${d.state}`}>
                    {t(`webhooks.state.${d.state}`)}
                  </td>
                  <td>{d.attempts}</td>
                  <td>{lastAnswer(d)}</td>
                  <td>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button"
                      disabled={busyId === d.id}
                      aria-label={t('webhooks.resendFor', { type: d.type, id: d.eventId })}
                      onClick={() => void resend(d)}
                    >
                      {t('webhooks.resend')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
