import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import { HelpChat } from './help-chat'
import { useHelp } from './help-store'

/**
 * The live call as the AR overlay shows it: who is on it, its state, why there is no video, and
 * the chat. The call itself runs on the page under the overlay (HelpCall), so it survives entering
 * and leaving AR.
 */
export function HelpCallStatus() {
  const agentName = useHelp((s) => s.agentName)
  const call = useHelp((s) => s.call)
  return (
    <div className="stack help-call" data-testid="help-call">
      <p>{agentName ? t('help.active', { agent: agentName }) : t('help.activeNoName')}</p>
      <p role="status" data-testid="help-call-state">
        {t(`help.call.${call.state}` as MessageKey)}
      </p>
      {call.view && call.view !== 'camera' && (
        <p data-testid="help-call-view">{t(`help.view.${call.view}`)}</p>
      )}
      {call.audioOnly && <p className="alert">{t(`help.audioOnly.${call.audioOnly}`)}</p>}
      {call.mediaError && (
        <p className="alert alert-error" role="alert">
          {t(
            call.mediaError === 'NotAllowedError'
              ? 'help.camera.NotAllowedError'
              : 'help.camera.other',
          )}
        </p>
      )}
      <HelpChat />
    </div>
  )
}
