import { createContext, createElement, type ReactNode, useContext } from 'react'
import { createStore, type StoreApi, useStore } from 'zustand'
import type { CallView } from '../../../server/domain/call-view'
import type { HelpRequest } from '../../../server/domain/escalation'
import { cancelHelp, getHelp, requestHelp } from '../../api/help'
import type { RealtimeSocket, ServerMessage } from '../../api/realtime-socket'
import { applyMark, type Mark } from '../../call/marks'
import type { CallState } from '../../call/peer-call'
import type { SharedViewFeed } from '../../call/shared-view-feed'
import { type CallbackSlice, createCallbackSlice } from './callback-slice'
import { createSnapshotSlice, type SnapshotSlice } from './snapshot-slice'

export type HelpStatus = 'idle' | 'asking' | 'waiting' | 'active' | 'closed' | 'cancelled' | 'error'
export type ChatLine = { from: 'agent' | 'customer'; text: string; at: number }
/** Why the agent gets no video: a weak network, the AR session owning the camera, a camera error. */
export type AudioOnlyReason = 'network' | 'ar' | 'camera'
/** The call as its owner (HelpCall) reports it, for views that show it elsewhere (AR). */
export type CallInfo = {
  state: CallState | 'idle'
  audioOnly: AudioOnlyReason | null
  mediaError: string | null
  /** What the video the agent gets shows, while there is one. */
  view: CallView | null
}
/**
 * What the call sends with the microphone: the rear camera (`camera`), a headset's camera while it
 * is in AR (`headset-camera`: not the AR view), the AR view composed in the session (`ar`), or
 * nothing while an AR session is starting and takes the camera (`audio`).
 */
export type CallMedia = 'camera' | 'headset-camera' | 'ar' | 'audio'

export type HelpState = {
  status: HelpStatus
  escalationId: string | null
  position: number
  /** Null when no agent is online: no honest estimate exists. */
  estimatedWaitSeconds: number | null
  agentName: string | null
  resolution: string | null
  error: string | null
  iceServers: RTCIceServer[]
  marks: Exclude<Mark, { kind: 'clear' }>[]
  chat: ChatLine[]
  call: CallInfo
  callMedia: CallMedia
  /** The AR view composed for the call, while `callMedia` is `ar` and the session composes it. */
  sharedView: SharedViewFeed | null
  setCall: (call: CallInfo) => void
  setCallMedia: (media: CallMedia) => void
  setSharedView: (feed: SharedViewFeed | null) => void
  /** A mark from the agent, by the WebSocket or the call's data channel. */
  receiveMark: (mark: Mark) => void
  ask: (request: HelpRequest) => Promise<void>
  cancel: () => Promise<void>
  restore: () => Promise<void>
  sendChat: (text: string) => void
  dismiss: () => void
} & SnapshotSlice &
  CallbackSlice

export type HelpDeps = {
  sessionId: string
  token: string
  socket: RealtimeSocket
  /** The agent moved the customer to a step. */
  onGoto: (stepId: string) => void
}

/**
 * The customer's help request: queue place and wait (pushed live over the WebSocket), the agent's
 * acceptance, their marks, step moves and chat. Independent of the call itself, so chat keeps the
 * escalation going when the call fails.
 */
export function createHelpStore(deps: HelpDeps): StoreApi<HelpState> {
  const store = createStore<HelpState>()((set, get) => ({
    status: 'idle',
    escalationId: null,
    position: 0,
    estimatedWaitSeconds: 0,
    agentName: null,
    resolution: null,
    error: null,
    iceServers: [],
    marks: [],
    chat: [],
    call: { state: 'idle', audioOnly: null, mediaError: null, view: null },
    callMedia: 'camera',
    sharedView: null,
    setCall: (call) => set({ call }),
    setCallMedia: (callMedia) => set({ callMedia }),
    setSharedView: (sharedView) => set({ sharedView }),
    receiveMark: (mark) => set((s) => ({ marks: applyMark(s.marks, mark) })),
    ask: async (request) => {
      if (get().status === 'asking' || get().status === 'waiting' || get().status === 'active')
        return
      set({ status: 'asking', error: null })
      try {
        const r = await requestHelp(deps.sessionId, deps.token, request)
        set({
          status: r.escalation.status === 'active' ? 'active' : 'waiting',
          escalationId: r.escalation.id,
          position: r.position,
          estimatedWaitSeconds: r.estimatedWaitSeconds,
          agentsOnline: r.agentsOnline,
        })
        if (r.escalation.status === 'active') await get().restore()
      } catch (e) {
        set({ status: 'error', error: (e as Error).message })
      }
    },
    cancel: async () => {
      try {
        await cancelHelp(deps.sessionId, deps.token)
        set({ status: 'cancelled' })
      } catch (e) {
        set({ error: (e as Error).message })
      }
    },
    restore: async () => {
      void get().refreshCallbackState()
      try {
        const r = await getHelp(deps.sessionId, deps.token)
        set({ agentsOnline: r.agentsOnline })
        if (!r.escalation) {
          // Away past the grace period (or cancelled in another tab): the request left the queue.
          if (get().status === 'waiting') set({ status: 'cancelled' })
          return
        }
        set({
          status: r.escalation.status === 'active' ? 'active' : 'waiting',
          escalationId: r.escalation.id,
          position: r.position,
          estimatedWaitSeconds: r.estimatedWaitSeconds,
          iceServers: r.iceServers,
        })
        // A snapshot sent while the socket was down (or before a reload) is shown now.
        if (r.escalation.status === 'active') await get().catchUpSnapshots()
      } catch {
        // No open request: stay as we are.
      }
    },
    sendChat: (text) => {
      const id = get().escalationId
      if (!id) return
      deps.socket.send({ type: 'chat', escalationId: id, text })
      set({ chat: [...get().chat, { from: 'customer', text, at: Date.now() }] })
    },
    dismiss: () => set({ status: 'idle', escalationId: null, marks: [], error: null }),
    ...createSnapshotSlice(deps, set, get),
    ...createCallbackSlice(deps, set),
  }))

  const onMessage = (m: ServerMessage) => {
    const s = store.getState()
    // An agent took this session's callback request: read it again (the screen says so).
    if (m.type === 'callbacks_changed') void store.getState().refreshCallbackState()
    else if (m.type === 'queue_position' && m.escalationId === s.escalationId)
      store.setState({
        position: m.position,
        estimatedWaitSeconds: m.estimatedWaitSeconds,
        agentsOnline: m.agentsOnline,
      })
    else if (m.type === 'availability') store.setState({ agentsOnline: m.agentsOnline })
    else if (m.type === 'escalation' && m.status === 'active') {
      store.setState({ escalationId: m.escalationId, agentName: m.agentName })
      // The call starts once the ICE servers issued for it are here (restore), not before without.
      void store
        .getState()
        .restore()
        .then(() => {
          const now = store.getState().status
          if (now === 'asking' || now === 'waiting') store.setState({ status: 'active' })
        })
    } else if (
      m.type === 'escalation' &&
      m.status === 'cancelled' &&
      m.escalationId === s.escalationId &&
      s.status === 'waiting'
    )
      store.setState({ status: 'cancelled' })
    else if (m.type === 'escalation' && m.status === 'closed')
      store.setState({ status: 'closed', resolution: m.resolution, marks: [] })
    else if (m.type === 'annotation' && m.escalationId === s.escalationId) s.receiveMark(m.mark)
    else if (m.type === 'goto_step' && m.escalationId === s.escalationId) deps.onGoto(m.stepId)
    else if (m.type === 'snapshot') s.receiveSnapshot(m)
    else if (m.type === 'chat' && m.from === 'agent')
      store.setState({ chat: [...s.chat, { from: 'agent', text: m.text, at: Date.now() }] })
  }
  deps.socket.subscribe(onMessage)
  return store
}

type HelpContextValue = { store: StoreApi<HelpState>; socket: RealtimeSocket }

const HelpContext = createContext<HelpContextValue | null>(null)

/** Makes a session's help store and WebSocket available to the guide's help pieces. */
export function HelpProvider({
  value,
  children,
}: {
  value: HelpContextValue
  children: ReactNode
}) {
  return createElement(HelpContext.Provider, { value }, children)
}

/** Reads the session's help state; select only what you read. */
export function useHelp<T>(selector: (s: HelpState) => T): T {
  const ctx = useContext(HelpContext)
  if (!ctx) throw new Error('useHelp is used outside a <HelpProvider>')
  return useStore(ctx.store, selector)
}

/** The help store and socket, or null where the page has none (the studio's preview). */
export function useHelpContext() {
  return useContext(HelpContext)
}
