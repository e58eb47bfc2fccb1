import './guide.css'
import { useEffect, useId, useRef } from 'react'
import { Link } from 'wouter'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { PhotoEvidence } from '../photos/photo-evidence'
import { useGuide } from './guide-store'
import { OutcomeClosing } from './outcome-closing'
import { SyncStatus } from './sync-status'

type Props = { variant?: 'overlay' | 'panel' }

/**
 * The end of the guide: "Is it fixed?" Yes/No, recorded against the session and the procedure
 * version, then a calm closing message. Back returns to the last step until an answer is saved.
 */
export function Outcome({ variant = 'panel' }: Props) {
  const outcome = useGuide((s) => s.outcome)
  const status = useGuide((s) => s.outcomeStatus)
  const error = useGuide((s) => s.outcomeError)
  const offline = useGuide((s) => s.connection === 'offline')
  const finish = useGuide((s) => s.finish)
  const back = useGuide((s) => s.back)
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    heading.current?.focus()
  }, [])

  if (outcome && (status === 'saved' || status === 'queued'))
    return <OutcomeClosing outcome={outcome} variant={variant} />
  return (
    <section className={`step-card step-card-${variant}`} aria-labelledby={headingId}>
      <SyncStatus />
      <h2 id={headingId} ref={heading} tabIndex={-1} className="step-title">
        {t('outcome.question')}
      </h2>
      <p>{t('outcome.lead')}</p>
      {status === 'saving' && <PageStatus label={t('outcome.saving')} />}
      {status === 'error' && (
        <ErrorAlert message={offline ? t('outcome.offline') : (error ?? '')} />
      )}
      <div className="check-answers">
        <button
          type="button"
          className="button button-primary button-block check-answer"
          disabled={status === 'saving'}
          onClick={() => void finish('fixed')}
        >
          {t('outcome.yes')}
        </button>
        <button
          type="button"
          className="button button-block check-answer"
          disabled={status === 'saving'}
          onClick={() => void finish('not_fixed')}
        >
          {t('outcome.no')}
        </button>
      </div>
      <PhotoEvidence stage="outcome" />
      <div className="step-actions">
        <button type="button" className="button" onClick={back} disabled={status === 'saving'}>
          {t('outcome.back')}
        </button>
        <Link className="button" href="/">
          {t('app.home')}
        </Link>
      </div>
    </section>
  )
}
