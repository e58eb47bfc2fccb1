import type { Procedure } from '../../server/domain/procedure'
import { t } from '../i18n/t'

type Props = {
  procedure: Procedure
  stuckStepId: string
  /** The step the 3D model shows; clicking a step's title shows that one instead. */
  inspectedStepId: string
  onInspect: (stepId: string) => void
  onSend: (stepId: string) => void
}

/**
 * The procedure's steps with the one the customer is stuck on marked; any step can be shown on
 * the model or sent to the customer.
 */
export function StepList({ procedure, stuckStepId, inspectedStepId, onInspect, onSend }: Props) {
  return (
    <section aria-labelledby="steps-title" className="stack">
      <h2 id="steps-title">{t('agent.stepsTitle')}</h2>
      <ol className="agent-steps">
        {procedure.steps.map((s) => (
          <li
            key={s.id}
            className={s.id === stuckStepId ? 'agent-step stuck' : 'agent-step'}
            data-step={s.id}
          >
            <button
              type="button"
              className="agent-step-title"
              aria-pressed={s.id === inspectedStepId}
              aria-label={t('agent.inspect', { title: s.title })}
              onClick={() => onInspect(s.id)}
            >
              {s.title}
            </button>
            {s.id === stuckStepId && (
              <strong className="stuck-badge">{t('agent.stuckHere')}</strong>
            )}
            <button type="button" className="button" onClick={() => onSend(s.id)}>
              {t('agent.sendHere')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
