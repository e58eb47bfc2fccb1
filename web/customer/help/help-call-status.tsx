import { useEffect, useState } from 'react'
import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import { PhotoEvidence } from '../photos/photo-evidence'
import { HelpChat } from './help-chat'
import { useHelp } from './help-store'

/**
 * The live call as the AR overlay shows it, kept short so the camera picture stays in sight on a
 * small phone: who is on it and the call's state on one line, what the agent sees, why there is
 * no video, and the chat. The call itself runs on the page under the overlay (HelpCall), so it
 * survives entering and leaving AR.
 */
export function HelpCallStatus() {
  const agentName = useHelp((s) => s.agentName)
  const call = useHelp((s) => s.call)
  return (
    <div className="stack help-call help-call-compact" data-testid="help-call">
      <p role="status" data-testid="help-call-state">
        {agentName ? t('help.overlay.with', { agent: agentName }) : t('help.overlay.withNoName')}
        {' · '}
        {t(`help.call.${call.state}` as MessageKey)}
      </p>
      {call.view && call.view !== 'camera' && (
        <p data-testid="help-call-view">
          {call.view === 'ar_view' ? t('help.overlay.arView') : t(`help.view.${call.view}`)}
        </p>
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
      <CompactActions />
    </div>
  )
}

/**
 * The chat and photos behind two buttons in one row over the AR view, the chat open by itself when
 * the agent writes: the camera picture stays in sight until there is something to read or send.
 */
function CompactActions() {
  const chat = useHelp((s) => s.chat)
  const fromAgent = chat.filter((l) => l.from === 'agent').length
  const [open, setOpen] = useState<'chat' | 'photos' | null>(null)
  useEffect(() => {
    if (fromAgent > 0) setOpen('chat')
  }, [fromAgent])
  const toggle = (what: 'chat' | 'photos') => setOpen(open === what ? null : what)
  return (
    <>
      <div className="row help-call-actions">
        <button
          type="button"
          className="button"
          aria-expanded={open === 'chat'}
          aria-controls="help-call-chat"
          onClick={() => toggle('chat')}
        >
          {open === 'chat' ? t('help.chatHide') : t('help.chatShow', { count: chat.length })}
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={open === 'photos'}
          aria-controls="help-call-photos"
          onClick={() => toggle('photos')}
        >
          {open === 'photos' ? t('photos.hide') : t('photos.show')}
        </button>
      </div>
      <div id="help-call-chat" hidden={open !== 'chat'}>
        {open === 'chat' && <HelpChat />}
      </div>
      <div id="help-call-photos" hidden={open !== 'photos'}>
        {open === 'photos' && <PhotoEvidence stage="help" />}
      </div>
    </>
  )
}
