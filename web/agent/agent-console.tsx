import { lazy, Suspense, useEffect, useState } from 'react'
import type { StaffUser } from '../api/auth'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { AlertsControl } from './alerts-control'
import { CallbackList } from './callback-list'
import { PresenceControl } from './presence-control'
import { QueueList } from './queue-list'
import { useAgentAlerts } from './use-agent-alerts'
import { useCallbacks } from './use-callbacks'
import { useQueue } from './use-queue'
import { useStaffSocket } from './use-staff-socket'
import './agent.css'
import '../call/marks.css'

// The call (WebRTC, the schemas its messages are checked with) comes with the first call taken,
// never with the queue.
const CallPanel = lazy(() => import('./call-panel').then((m) => ({ default: m.CallPanel })))

/** The live queue beside the call in progress; new customers are announced while it is in the background. */
type Props = {
  user: StaffUser
  /** Told how many customers are waiting, for the tab title. */
  onWaiting?: (count: number) => void
}

export function AgentConsole({ user, onWaiting }: Props) {
  const { socket, state } = useStaffSocket()
  const queue = useQueue(socket)
  const callbacks = useCallbacks(socket)
  const [current, setCurrent] = useState<string | null>(null)
  const alerts = useAgentAlerts(queue.entries)
  const waiting = queue.entries?.filter((e) => e.status === 'waiting').length ?? 0
  useEffect(() => onWaiting?.(waiting), [onWaiting, waiting])
  return (
    <div className="agent-console">
      <PresenceControl socket={socket} />
      <AlertsControl permission={alerts.permission} enable={alerts.enable} />
      {state === 'signed_out' ? (
        <p className="alert alert-error" role="alert">
          {t('agent.signedOut')} <a href="/login?next=/agent">{t('agent.signInAgain')}</a>
        </p>
      ) : (
        state !== 'open' && <p className="status">{t('agent.socketOffline')}</p>
      )}
      {current ? (
        <>
          <button type="button" className="button" onClick={() => setCurrent(null)}>
            {t('agent.backToQueue')}
          </button>
          <Suspense fallback={<PageStatus label={t('agent.loadingCall')} />}>
            <CallPanel
              key={current}
              socket={socket}
              escalationId={current}
              onDone={() => {
                setCurrent(null)
                queue.refresh()
              }}
            />
          </Suspense>
        </>
      ) : queue.error ? (
        <ErrorAlert message={queue.error} onRetry={queue.refresh} />
      ) : queue.entries ? (
        <>
          <QueueList
            entries={queue.entries}
            userId={user.id}
            onJoined={setCurrent}
            refresh={queue.refresh}
          />
          {callbacks.error ? (
            <ErrorAlert message={callbacks.error} onRetry={callbacks.refresh} />
          ) : (
            callbacks.entries && (
              <CallbackList
                entries={callbacks.entries}
                userId={user.id}
                refresh={callbacks.refresh}
              />
            )
          )}
        </>
      ) : (
        <PageStatus label={t('app.loading')} />
      )}
    </div>
  )
}
