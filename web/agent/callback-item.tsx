import { type CallbackEntry, closeCallback } from '../api/agent'
import { formatDateTime } from '../i18n/format'
import { t } from '../i18n/t'
import { ResolutionForm } from './close-form'
import { asContext, minutesSeconds } from './escalation-context'

type Props = {
  entry: CallbackEntry
  mine: boolean
  busy: boolean
  onClaim: () => void
  onDone: () => void
}

const when = (iso: string, timeZone?: string) =>
  formatDateTime(iso, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  })

/** Whether a time zone name is one this browser knows (it came from the customer's). */
function knownZone(zone: string | null): zone is string {
  if (!zone) return false
  try {
    new Intl.DateTimeFormat([], { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** One callback request: who, how to reach them, when, and the repair's whole context. */
export function CallbackItem({ entry, mine, busy, onClaim, onDone }: Props) {
  const c = asContext(entry.context)
  // The customer's own time too, when it is not the agent's.
  const here = Intl.DateTimeFormat().resolvedOptions().timeZone
  const zone = knownZone(entry.timeZone) && entry.timeZone !== here ? entry.timeZone : undefined
  return (
    <li className="card queue-item" data-testid="callback-item" data-callback={entry.id}>
      <div className="row">
        <strong>{entry.name}</strong>
        <span className="muted">
          {t(entry.status === 'open' ? 'agent.callbackOpen' : 'agent.callbackClaimed')}
        </span>
      </div>
      <p className="row">
        {entry.phone && <a href={`tel:${entry.phone.replace(/[^+\d]/g, '')}`}>{entry.phone}</a>}
        {entry.email && <a href={`mailto:${entry.email}`}>{entry.email}</a>}
      </p>
      <p data-testid="callback-window">
        {t('agent.callbackWindow', {
          from: when(entry.windowStart),
          to: when(entry.windowEnd),
        })}
        {zone && (
          <span className="muted">
            {' '}
            {t('agent.callbackCustomerTime', {
              from: when(entry.windowStart, zone),
              to: when(entry.windowEnd, zone),
              zone,
            })}
          </span>
        )}
      </p>
      <p>
        <strong>{c.productName}</strong> · {c.procedureTitle} ·{' '}
        {t('agent.version', { version: c.version })}
      </p>
      <p data-testid="callback-step">
        {t('agent.stuckOn', { index: c.stepIndex, title: c.stepTitle })}
      </p>
      <p className="muted">
        {t('agent.contextLine', {
          time: minutesSeconds(c.timeOnStepMs),
          mode: c.mode === 'immersive-ar' ? 'AR' : '3D',
          serial: c.serial ?? '—',
        })}
      </p>
      <p className="muted">{t('agent.path', { path: c.path.join(' → ') || '—' })}</p>
      {entry.status === 'open' ? (
        <button type="button" className="button button-primary" onClick={onClaim} disabled={busy}>
          {t('agent.callbackClaim')}
        </button>
      ) : mine ? (
        <ResolutionForm
          title={t('agent.callbackResultTitle')}
          submitLabel={t('agent.callbackRecord')}
          submit={(resolution, notes) => closeCallback(entry.id, resolution, notes)}
          onClosed={onDone}
        />
      ) : (
        <span className="muted">{t('agent.takenBy', { agent: entry.agentEmail ?? '' })}</span>
      )}
    </li>
  )
}
