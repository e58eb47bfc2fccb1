import { useState } from 'react'
import { t } from '../../i18n/t'
import { DEFAULT_NUDGE, type NudgePolicy, shouldOfferHelp } from './help-nudge'
import { useAskHelp } from './use-ask-help'

type Props = { policy?: NudgePolicy }

/** Offers help on its own after a long stay on a step or repeated back-and-forth over it. */
export function HelpNudgeBanner({ policy = DEFAULT_NUDGE }: Props) {
  const { ask, live, status, clock } = useAskHelp()
  const [dismissed, setDismissed] = useState<string | null>(null)
  const reason = shouldOfferHelp(clock, policy)
  if (!live || !reason || status !== 'idle' || dismissed === clock.stepId) return null
  return (
    <div className="alert help-nudge" role="status" data-testid="help-nudge">
      <p>{t(`help.nudge.${reason}`)}</p>
      <div className="row">
        <button type="button" className="button button-primary" onClick={() => ask(reason)}>
          {t('help.ask')}
        </button>
        <button type="button" className="button" onClick={() => setDismissed(clock.stepId)}>
          {t('help.notNow')}
        </button>
      </div>
    </div>
  )
}
