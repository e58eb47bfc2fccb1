import { useId } from 'react'
import type { Step } from '../../../server/domain/procedure'
import { useGuide } from './guide-store'

type Check = NonNullable<Step['check']>

/** A check question with its answers as big buttons; each answer branches to its step. */
export function CheckAnswers({ check, chosen }: { check: Check; chosen: number | undefined }) {
  const answer = useGuide((s) => s.answer)
  const questionId = useId()
  return (
    <fieldset className="check" aria-labelledby={questionId}>
      <p id={questionId} className="check-question">
        {check.question}
      </p>
      <div className="check-answers">
        {check.answers.map((a, i) => (
          <button
            key={a.label}
            type="button"
            className="button button-block check-answer"
            aria-pressed={chosen === i}
            onClick={() => answer(i)}
          >
            {a.label}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
