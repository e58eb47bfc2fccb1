import { useState } from 'react'
import { acceptEscalation, type QueueEntry } from '../api/agent'
import { ApiError } from '../api/api-error'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { QueueItem } from './queue-item'

type Props = {
  entries: QueueEntry[]
  userId: string
  onJoined: (escalationId: string) => void
  refresh: () => void
}

/** The live queue, oldest first; accepting is safe when two agents click at once. */
export function QueueList({ entries, userId, onJoined, refresh }: Props) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  async function accept(id: string) {
    setBusy(id)
    setError(null)
    try {
      await acceptEscalation(id)
      onJoined(id)
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 409 ? t('agent.alreadyTaken') : (e as Error).message,
      )
      refresh()
    } finally {
      setBusy(null)
    }
  }
  return (
    <section aria-labelledby="queue-title" className="stack">
      <h2 id="queue-title">
        {t('agent.queueTitle', { count: entries.filter((e) => e.status === 'waiting').length })}
      </h2>
      {error && <ErrorAlert message={error} />}
      {entries.length === 0 ? (
        <p className="muted">{t('agent.queueEmpty')}</p>
      ) : (
        <ul className="list" aria-live="polite">
          {entries.map((e) => (
            <QueueItem
              key={e.id}
              entry={e}
              mine={e.agentId === userId}
              busy={busy === e.id}
              onAccept={() => accept(e.id)}
              onOpen={() => onJoined(e.id)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
