import { useEffect, useId, useRef } from 'react'
import { Link } from 'wouter'
import { t } from '../../i18n/t'
import { useAskHelp } from '../help/use-ask-help'
import { PhotoEvidence } from '../photos/photo-evidence'
import { type FinalOutcome, useGuide } from './guide-store'
import { SyncStatus } from './sync-status'

type Props = { outcome: FinalOutcome; variant: 'overlay' | 'panel' }

/** The calm last word: congratulations, or an apology with where to go next. */
export function OutcomeClosing({ outcome, variant }: Props) {
  const productId = useGuide((s) => s.product.id)
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  const fixed = outcome === 'fixed'
  const queued = useGuide((s) => s.outcomeStatus === 'queued')
  const help = useAskHelp()
  const helpOpen = help.status === 'asking' || help.status === 'waiting' || help.status === 'active'
  return (
    <section className={`step-card step-card-${variant}`} aria-labelledby={headingId}>
      <SyncStatus />
      <h2 id={headingId} ref={heading} tabIndex={-1} className="step-title">
        {fixed ? t('outcome.fixedTitle') : t('outcome.notFixedTitle')}
      </h2>
      <p>{fixed ? t('outcome.fixedBody') : t('outcome.notFixedBody')}</p>
      {queued && <p className="sync-status">{t('outcome.queued')}</p>}
      {!fixed && <PhotoEvidence stage="outcome" />}
      <div className="step-actions">
        {!fixed && help.live && (
          <button
            type="button"
            className="button button-primary"
            disabled={helpOpen}
            onClick={() => help.ask('asked')}
          >
            {t('outcome.askAgent')}
          </button>
        )}
        {!fixed && (
          <Link className="button" href={`/p/${productId}`}>
            {t('outcome.otherGuides')}
          </Link>
        )}
        <Link className="button" href="/">
          {t('app.home')}
        </Link>
      </div>
    </section>
  )
}
