import type { QueueEntry } from '../api/agent'
import { languageLabel } from '../i18n/content-language'
import { t } from '../i18n/t'
import { asContext, minutesSeconds } from './escalation-context'

type Props = {
  entry: QueueEntry
  mine: boolean
  onAccept: () => void
  onOpen: () => void
  busy: boolean
}

/** One customer in the queue, with where they are stuck. */
export function QueueItem({ entry, mine, onAccept, onOpen, busy }: Props) {
  const c = asContext(entry.context)
  const waiting = entry.status === 'waiting'
  return (
    <li className="card queue-item" data-testid="queue-item" data-escalation={entry.id}>
      <div className="row">
        <strong>{c.productName}</strong>
        <span className="muted">{t(waiting ? 'agent.waiting' : 'agent.active')}</span>
      </div>
      <p>{c.procedureTitle}</p>
      <p data-testid="queue-step">
        {t('agent.stuckOn', { index: c.stepIndex, title: c.stepTitle })}
      </p>
      <p className="muted">
        {t('agent.contextLine', {
          time: minutesSeconds(c.timeOnStepMs),
          mode: c.mode === 'immersive-ar' ? 'AR' : '3D',
          serial: c.serial ?? '—',
        })}
      </p>
      {c.language && (
        <p className="muted" data-testid="queue-language">
          {t('agent.guideLanguage', { language: languageLabel(c.language) })}
        </p>
      )}
      {waiting ? (
        <button type="button" className="button button-primary" onClick={onAccept} disabled={busy}>
          {t('agent.accept')}
        </button>
      ) : mine ? (
        <button type="button" className="button" onClick={onOpen}>
          {t('agent.rejoin')}
        </button>
      ) : (
        <span className="muted">{t('agent.takenBy', { agent: entry.agentEmail ?? '' })}</span>
      )}
    </li>
  )
}
