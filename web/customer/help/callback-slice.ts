import type { CallbackRequestInput } from '../../../server/domain/callback'
import { ApiError } from '../../api/api-error'
import { type CallbackView, getAvailability, getCallback, requestCallback } from '../../api/help'

/** The callback form: closed, open, being sent; `fields` are the server's reasons per field. */
export type CallbackForm = 'closed' | 'open' | 'sending'

export type CallbackSlice = {
  /** Agents online now; null until known. */
  agentsOnline: number | null
  callbackForm: CallbackForm
  /** The request left in this session (after a reload too). */
  callback: CallbackView | null
  callbackError: string | null
  callbackFields: Record<string, string[]>
  setAgentsOnline: (n: number) => void
  /** Reads the availability and this session's callback request again. */
  refreshCallbackState: () => Promise<void>
  openCallbackForm: () => void
  closeCallbackForm: () => void
  sendCallback: (request: CallbackRequestInput) => Promise<void>
}

type Deps = { sessionId: string; token: string }
type Set = (partial: Partial<CallbackSlice> & { status?: 'idle' }) => void

/** Availability and callback requests for the help store. */
export function createCallbackSlice(deps: Deps, set: Set): CallbackSlice {
  return {
    agentsOnline: null,
    callbackForm: 'closed',
    callback: null,
    callbackError: null,
    callbackFields: {},
    setAgentsOnline: (agentsOnline) => set({ agentsOnline }),
    refreshCallbackState: async () => {
      const [availability, mine] = await Promise.allSettled([
        getAvailability(),
        getCallback(deps.sessionId, deps.token),
      ])
      if (availability.status === 'fulfilled')
        set({ agentsOnline: availability.value.agentsOnline })
      if (mine.status === 'fulfilled' && mine.value.callback?.status !== 'done')
        set({ callback: mine.value.callback })
    },
    openCallbackForm: () => set({ callbackForm: 'open', callbackError: null, callbackFields: {} }),
    closeCallbackForm: () =>
      set({ callbackForm: 'closed', callbackError: null, callbackFields: {} }),
    sendCallback: async (request) => {
      set({ callbackForm: 'sending', callbackError: null, callbackFields: {} })
      try {
        const r = await requestCallback(deps.sessionId, deps.token, request)
        // Out of the live queue: the callback replaces the wait.
        set({ callback: r.callback, callbackForm: 'closed', status: 'idle' })
      } catch (e) {
        const fields = e instanceof ApiError ? (e.fields ?? {}) : {}
        set({ callbackForm: 'open', callbackError: (e as Error).message, callbackFields: fields })
      }
    },
  }
}
