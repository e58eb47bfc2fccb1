import { useState } from 'react'
import { t } from '../../i18n/t'
import { useAskHelp } from '../help/use-ask-help'
import { HelpAvailability } from './help-availability'

/**
 * Asks a support agent for help from the current step. The agent gets the step, the time on it and
 * the path so far; where live help is not available (the studio's preview) the request is recorded.
 */
export function HelpButton() {
  const { ask, live, status } = useAskHelp()
  const [asked, setAsked] = useState(false)
  const open = status === 'asking' || status === 'waiting' || status === 'active'
  return (
    <>
      <button
        type="button"
        className="button step-help"
        disabled={open}
        onClick={() => {
          ask('asked')
          setAsked(true)
        }}
      >
        {t('guide.help')}
      </button>
      <HelpAvailability />
      <p className="step-notice" role="status">
        {asked && !live ? t('guide.helpSoon') : ''}
      </p>
    </>
  )
}
