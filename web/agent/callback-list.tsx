import { useState } from 'react'
import { type CallbackEntry, claimCallback } from '../api/agent'
import { ApiError } from '../api/api-error'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { CallbackItem } from './callback-item'

type Props = { entries: CallbackEntry[]; userId: string; refresh: () => void }

/** Customers who asked to be called back, soonest window first; one agent takes each. */
export function CallbackList({ entries, userId, refresh }: Props) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  async function claim(id: string) {
    setBusy(id)
    setError(null)
    try {
      await claimCallback(id)
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409 ? t('agent.callbackTaken') : (e as Error).message,
      )
    } finally {
      setBusy(null)
      refresh()
    }
  }
  return (
    <section aria-labelledby="callbacks-title" className="stack">
      <h2 id="callbacks-title">
        {t('agent.callbacksTitle', { count: entries.filter((e) => e.status === 'open').length })}
      </h2>
      {error && <ErrorAlert message={error} />}
      {entries.length === 0 ? (
        <p className="muted">{t('agent.callbacksEmpty')}</p>
      ) : (
        <ul className="list" aria-live="polite">
          {entries.map((e) => (
            <CallbackItem
              key={e.id}
              entry={e}
              mine={e.agentId === userId}
              busy={busy === e.id}
              onClaim={() => void claim(e.id)}
              onDone={refresh}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
