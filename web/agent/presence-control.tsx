import { useCallback, useEffect, useId, useState } from 'react'
import type { AgentStatus } from '../../server/domain/presence'
import { getPresence, type Presence, setPresence } from '../api/agent'
import type { RealtimeSocket } from '../api/realtime-socket'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'

const STATUSES: AgentStatus[] = ['online', 'away', 'offline']

/**
 * The agent's presence: online (customers are told help is available), away or offline, chosen
 * here; with no console open they are offline whatever they chose. Read again on every reconnect.
 */
export function PresenceControl({ socket }: { socket: RealtimeSocket }) {
  const [presence, setState] = useState<Presence | null>(null)
  const [error, setError] = useState<string | null>(null)
  const id = useId()
  const refresh = useCallback(() => {
    getPresence().then(setState, (e: Error) => setError(e.message))
  }, [])
  useEffect(() => {
    refresh()
    const offState = socket.onState((s) => {
      if (s === 'open') refresh()
    })
    // The count changed (this console's own opening among the reasons): read it all again.
    const offMessage = socket.subscribe((m) => {
      if (m.type === 'availability') refresh()
    })
    return () => {
      offState()
      offMessage()
    }
  }, [socket, refresh])
  async function choose(status: AgentStatus) {
    setError(null)
    const before = presence
    // The choice shows at once; the server's answer (or the old state, on failure) follows.
    setState((p) => p && { ...p, status })
    try {
      setState(await setPresence(status))
    } catch (e) {
      setState(before)
      setError((e as Error).message)
    }
  }
  return (
    <section className="stack presence-control" aria-labelledby={`${id}-title`}>
      <fieldset className="row">
        <legend id={`${id}-title`}>{t('agent.presenceTitle')}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-presence`}
              value={s}
              checked={presence?.status === s}
              onChange={() => void choose(s)}
            />{' '}
            {t(`agent.presence.${s}`)}
          </label>
        ))}
      </fieldset>
      {presence && (
        <p role="status" data-testid="presence-line">
          {presence.effective === 'offline' && presence.status !== 'offline'
            ? t('agent.presenceNoSocket')
            : t('agent.presenceOnline', { count: presence.agentsOnline })}
        </p>
      )}
      {error && <ErrorAlert message={error} />}
    </section>
  )
}
