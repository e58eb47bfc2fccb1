import { createStore, type StoreApi, useStore } from 'zustand'
import { useShallow } from 'zustand/react/shallow'
import type { MessageKey } from '../../i18n/en'
import { t } from '../../i18n/t'
import type { PanelButtonSpec } from '../../xr/placement/panel-button'
import type { PanelLine } from '../../xr/placement/panel-text'
import { type HelpState, useHelpContext } from '../help/help-store'
import { useExitAr } from './use-exit-ar'

const SIZE = 32

/** Stands in where the page has no live help. */
const none = createStore<HelpState | null>(() => null)

const pick = (s: HelpState | null) =>
  s && {
    status: s.status,
    position: s.position,
    eta: s.estimatedWaitSeconds,
    agentName: s.agentName,
    callState: s.call.state,
    audioOnly: s.call.audioOnly,
    view: s.call.view,
    resolution: s.resolution,
    error: s.error,
    snapshot: Boolean(s.snapshot?.url),
    cancel: s.cancel,
    openCallbackForm: s.openCallbackForm,
    dismiss: s.dismiss,
  }

/**
 * Live help on the headset's in-scene panel, where there is no DOM: lines for the queue place and
 * wait, the call and why it has no video, and its buttons (cancel while waiting, OK when over).
 * `idle` means no request: the panel offers Get help instead. With no agent online, "Leave a
 * callback" ends AR and opens the callback form on the page, where the system keyboard works.
 */
export function useHelpPanelItems(): {
  idle: boolean
  lines: PanelLine[]
  buttons: PanelButtonSpec[]
} {
  const ctx = useHelpContext()
  const h = useStore((ctx?.store ?? none) as StoreApi<HelpState | null>, useShallow(pick))
  const exitAr = useExitAr()
  if (!h || h.status === 'idle') return { idle: true, lines: [], buttons: [] }
  const line = (text: string, bold = false): PanelLine => ({ text, size: SIZE, bold })
  const dismiss = { id: 'dismiss-help', label: t('help.dismiss'), onSelect: h.dismiss }
  switch (h.status) {
    case 'asking':
      return { idle: false, lines: [line(t('arHelp.asking'), true)], buttons: [] }
    case 'waiting':
      return {
        idle: false,
        lines: [
          line(
            h.eta === null
              ? t('arHelp.waitingNoAgent', { position: h.position })
              : t('arHelp.waiting', {
                  position: h.position,
                  minutes: Math.max(1, Math.round(h.eta / 60)),
                }),
            true,
          ),
        ],
        buttons: [
          ...(h.eta === null
            ? [
                {
                  id: 'callback-help',
                  label: t('arHelp.callback'),
                  onSelect: () => {
                    h.openCallbackForm()
                    exitAr()
                  },
                },
              ]
            : []),
          { id: 'cancel-help', label: t('arHelp.cancel'), onSelect: () => void h.cancel() },
        ],
      }
    case 'active': {
      const call = t(`help.call.${h.callState}` as MessageKey)
      const lines = [
        line(
          h.agentName
            ? t('arHelp.connected', { agent: h.agentName, call })
            : t('arHelp.connectedNoName', { call }),
          true,
        ),
      ]
      if (h.view && h.view !== 'camera') lines.push(line(t(`help.view.${h.view}`)))
      if (h.audioOnly) lines.push(line(t(`help.audioOnly.${h.audioOnly}`)))
      if (h.snapshot) lines.push(line(t('snapshot.arLine')))
      lines.push(line(t('arHelp.pointer')))
      return { idle: false, lines, buttons: [] }
    }
    case 'closed':
    case 'cancelled': {
      const message =
        h.status === 'cancelled'
          ? t('help.cancelled')
          : t(`help.closed.${h.resolution}` as MessageKey)
      return {
        idle: false,
        lines: [line(t('arHelp.ended', { message }), true)],
        buttons: [dismiss],
      }
    }
    case 'error':
      return { idle: false, lines: [line(h.error ?? t('api.network'), true)], buttons: [dismiss] }
  }
}
