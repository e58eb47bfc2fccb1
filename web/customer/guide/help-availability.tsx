import { t } from '../../i18n/t'
import { useHelp, useHelpContext } from '../help/help-store'

/**
 * Beside Get help: whether an agent can join now, and when none is online, a way to a callback
 * instead. Nothing while unknown, or where the page has no live help (the studio's preview).
 */
export function HelpAvailability() {
  return useHelpContext() ? <Availability /> : null
}

function Availability() {
  const online = useHelp((s) => s.agentsOnline)
  const status = useHelp((s) => s.status)
  const formOpen = useHelp((s) => s.callbackForm !== 'closed')
  const hasCallback = useHelp((s) => s.callback !== null)
  const open = useHelp((s) => s.openCallbackForm)
  if (online === null || status === 'waiting' || status === 'active' || status === 'asking')
    return null
  if (online > 0)
    return (
      <p className="help-availability" data-testid="help-availability" data-available="true">
        {t('help.available')}
      </p>
    )
  return (
    <div className="help-availability" data-testid="help-availability" data-available="false">
      <p>{t('help.unavailable')}</p>
      {!formOpen && !hasCallback && (
        <button type="button" className="button" onClick={open}>
          {t('help.callbackOffer')}
        </button>
      )}
    </div>
  )
}
