import type { EscalationDetail } from '../api/agent'
import { formatTime } from '../i18n/format'
import { t } from '../i18n/t'

/** What the customer did, in order: the steps viewed, answers, back navigations, help. */
export function TimelineList({ timeline }: { timeline: EscalationDetail['timeline'] }) {
  return (
    <section aria-labelledby="timeline-title" className="stack">
      <h2 id="timeline-title">{t('agent.timelineTitle')}</h2>
      <ol className="agent-timeline">
        {timeline.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{formatTime(e.at)}</time> {e.type}
            {e.stepId ? ` · ${e.stepId}` : ''}
          </li>
        ))}
      </ol>
    </section>
  )
}
