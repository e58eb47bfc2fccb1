import './guide.css'
import { useEffect, useId, useRef } from 'react'
import { following } from '../../../server/domain/engine'
import { t } from '../../i18n/t'
import { Markdown } from '../../ui/markdown'
import { CheckAnswers } from './check-answers'
import { selectCanGoBack, selectStep, useGuide, useGuidePosition } from './guide-store'
import { HelpButton } from './help-button'
import { StepBullet } from './step-bullet'
import { StepMediaStrip } from './step-media'
import { SyncStatus } from './sync-status'

type Props = {
  /** `overlay`: translucent dark over a camera image (AR). `panel`: beside the 3D view. */
  variant?: 'overlay' | 'panel'
}

/**
 * The step card both guides show: progress, title, Markdown body, typed bullets, a check question
 * or Next, Back and Help. Focus moves to the new step's heading, so keyboard and screen reader
 * users land on what changed; the progress line is announced politely.
 */
export function StepCard({ variant = 'panel' }: Props) {
  const step = useGuide(selectStep)
  const chosen = useGuide((s) => s.progress.answers[step.id])
  const canGoBack = useGuide(selectCanGoBack)
  const isLast = useGuide((s) => following(s.procedure, selectStep(s)) === null)
  const next = useGuide((s) => s.next)
  const back = useGuide((s) => s.back)
  const begin = useGuide((s) => s.begin)
  const { index, total } = useGuidePosition()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const shown = useRef(step.id)

  // The first card shown records the first `step_view`; later ones come with each move.
  useEffect(begin, [begin])

  useEffect(() => {
    if (shown.current === step.id) return
    shown.current = step.id
    heading.current?.focus()
  }, [step.id])

  return (
    <section className={`step-card step-card-${variant}`} aria-labelledby={headingId}>
      <SyncStatus />
      <p className="step-position" aria-live="polite">
        {t('guide.position', { index, total })}
      </p>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="step-title">
        {step.title}
      </h2>
      {step.body && (
        <div className="step-body">
          <Markdown source={step.body} />
        </div>
      )}
      {step.bullets.length > 0 && (
        <ul className="bullets">
          {step.bullets.map((b) => (
            <StepBullet key={`${b.kind}:${b.text}`} bullet={b} />
          ))}
        </ul>
      )}
      <StepMediaStrip
        key={step.id}
        media={step.media}
        show={variant === 'overlay' ? 'toggle' : 'inline'}
      />
      {step.check && <CheckAnswers check={step.check} chosen={chosen} />}
      <div className="step-actions">
        <button type="button" className="button" onClick={back} disabled={!canGoBack}>
          {t('guide.back')}
        </button>
        <HelpButton key={step.id} />
        {!step.check && (
          <button type="button" className="button button-primary step-next" onClick={next}>
            {isLast ? t('guide.finish') : t('guide.next')}
          </button>
        )}
      </div>
    </section>
  )
}
