import { useEffect, useRef } from 'react'
import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import { HelpChat } from './help-chat'
import { useHelp, useHelpContext } from './help-store'
import { useCustomerCall } from './use-customer-call'

/** The live call with the agent: its state, the agent's voice, a preview of what they see, chat. */
export function HelpCall() {
  const ctx = useHelpContext()
  if (!ctx) throw new Error('HelpCall needs a HelpProvider')
  const socket = ctx.socket
  const escalationId = useHelp((s) => s.escalationId)
  const iceServers = useHelp((s) => s.iceServers)
  const agentName = useHelp((s) => s.agentName)
  const media = useHelp((s) => s.callMedia)
  const sharedView = useHelp((s) => s.sharedView)
  const setCall = useHelp((s) => s.setCall)
  const setCallMedia = useHelp((s) => s.setCallMedia)
  const receiveMark = useHelp((s) => s.receiveMark)
  // A headset that offers no camera to the page in AR sends what it can: its rendered AR view.
  const call = useCustomerCall(
    socket,
    escalationId,
    iceServers,
    media,
    sharedView,
    () => {
      if (media === 'headset-camera') setCallMedia('ar')
    },
    receiveMark,
  )
  const audio = useRef<HTMLAudioElement>(null)
  const preview = useRef<HTMLVideoElement>(null)
  useEffect(() => {
    if (audio.current) audio.current.srcObject = call.remote
  }, [call.remote])
  useEffect(() => {
    if (preview.current) preview.current.srcObject = call.local
  }, [call.local])
  // Views elsewhere (the AR overlay, the headset panel) show the call from the store.
  useEffect(() => {
    setCall({
      state: call.state,
      audioOnly: call.audioOnly,
      mediaError: call.mediaError,
      view: call.view,
    })
  }, [setCall, call.state, call.audioOnly, call.mediaError, call.view])
  useEffect(
    () => () => setCall({ state: 'idle', audioOnly: null, mediaError: null, view: null }),
    [setCall],
  )
  return (
    <div className="stack help-call" data-testid="help-call">
      <p>{agentName ? t('help.active', { agent: agentName }) : t('help.activeNoName')}</p>
      <p role="status" data-testid="help-call-state">
        {t(`help.call.${call.state}` as MessageKey)}
      </p>
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
      <audio ref={audio} autoPlay>
        <track kind="captions" />
      </audio>
      <video
        ref={preview}
        hidden={!call.local}
        className="help-preview"
        autoPlay
        muted
        playsInline
        aria-label={t('help.localPreview')}
      />
      <HelpChat />
    </div>
  )
}
