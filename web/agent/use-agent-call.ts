import { useEffect, useRef, useState } from 'react'
import { CallDataSchema, type CallView } from '../../server/domain/call-view'
import type { SignalData } from '../../server/domain/realtime'
import type { RealtimeSocket } from '../api/realtime-socket'
import { type CallState, PeerCall } from '../call/peer-call'
import { keptRemoteStream } from '../call/remote-stream'
import { ViewFrames } from './view-frames'

/**
 * Our microphone to `pc`, and the camera only while it is on: a disabled track would still be
 * encoded and sent as black frames (20 a second), decoded on the customer's phone for nothing.
 */
function sendLocal(pc: PeerCall | null, stream: MediaStream | null, camera: boolean) {
  if (!pc || !stream) return
  pc.setLocalStream(new MediaStream(stream.getAudioTracks()))
  if (camera) pc.setLocalStream(new MediaStream(stream.getVideoTracks()))
}

export type ChatLine = { from: 'agent' | 'customer'; text: string; at: number }

/**
 * The agent's side of the call: microphone (camera optional) to the customer, the customer's video
 * back (their camera, or their AR view with each frame's pose and projection on the call's data
 * channel, kept in `frames` for pointing), and what that video shows. Signals travel on the staff
 * WebSocket. A `hello` from the customer (their call
 * starting, or a reload) starts a fresh peer connection, which says hello back so their side starts
 * afresh with it; ours says hello on start too, so a reload here does the same there. Only this
 * side answers hellos, so they never go back and forth.
 */
export function useAgentCall(
  socket: RealtimeSocket,
  escalationId: string,
  iceServers: RTCIceServer[],
) {
  const [state, setState] = useState<CallState>('connecting')
  const [remote, setRemote] = useState<MediaStream | null>(null)
  const [muted, setMuted] = useState(false)
  const [cameraOn, setCameraOn] = useState(false)
  const [chat, setChat] = useState<ChatLine[]>([])
  const [customerNotice, setCustomerNotice] = useState<string | null>(null)
  const [view, setView] = useState<CallView | null>(null)
  const call = useRef<PeerCall | null>(null)
  const local = useRef<MediaStream | null>(null)
  const camera = useRef(false)
  const [frames] = useState(() => new ViewFrames())

  useEffect(() => {
    let disposed = false
    const send = (data: SignalData) => socket.send({ type: 'signal', escalationId, data })
    const fresh = () => {
      call.current?.close()
      const pc = new PeerCall({
        polite: false,
        iceServers,
        sendSignal: send,
        onRemoteStream: (s) => setRemote((prev) => keptRemoteStream(prev, s)),
        onState: (s) => !disposed && setState(s),
        onData: (data) => {
          let json: unknown
          try {
            json = JSON.parse(data)
          } catch {
            return
          }
          const parsed = CallDataSchema.safeParse(json)
          if (parsed.success) {
            // Marks go the other way, from us.
            if (parsed.data.type === 'view_frame') frames.add(parsed.data)
          } else console.warn('A call data message was not understood.', parsed.error.issues)
        },
      })
      // A new connection numbers its frames afresh.
      frames.clear()
      sendLocal(pc, local.current, camera.current)
      call.current = pc
    }
    fresh()
    navigator.mediaDevices
      .getUserMedia({ audio: true, video: true })
      .then((stream) => {
        if (disposed) {
          for (const t of stream.getTracks()) t.stop()
          return
        }
        for (const v of stream.getVideoTracks()) v.enabled = camera.current
        local.current = stream
        sendLocal(call.current, stream, camera.current)
      })
      .catch(() => setCustomerNotice('agent.noMicrophone'))
    const off = socket.subscribe((m) => {
      if (!('escalationId' in m) || m.escalationId !== escalationId) return
      if (m.type === 'signal' && m.from === 'customer') {
        const data = m.data
        const learn = () => {
          if (call.current && data.cid) call.current.remoteId = data.cid
        }
        if (data.hello) {
          fresh()
          learn()
          send({ hello: true, cid: call.current?.id })
        } else void call.current?.handleSignal(data)
      } else if (m.type === 'chat' && m.from === 'customer') {
        setChat((c) => [...c, { from: 'customer', text: m.text, at: Date.now() }])
      } else if (m.type === 'call_state') {
        const { state, reason, view } = m
        // `reason` (ar, camera) says why there is no video; a bare audio_only is the network.
        const why = reason === 'ar' || reason === 'camera' ? `.${reason}` : ''
        setCustomerNotice(state === 'audio_only' ? `agent.customerAudioOnly${why}` : null)
        setView(state === 'video' ? (view ?? null) : null)
      }
    })
    send({ hello: true, cid: call.current?.id })
    return () => {
      disposed = true
      off()
      call.current?.close()
      for (const t of local.current?.getTracks() ?? []) t.stop()
    }
  }, [socket, escalationId, iceServers, frames])

  return {
    state,
    remote,
    muted,
    cameraOn,
    chat,
    customerNotice,
    view,
    frames,
    call,
    toggleMute() {
      for (const t of local.current?.getAudioTracks() ?? []) t.enabled = muted
      setMuted(!muted)
    },
    toggleCamera() {
      const on = !cameraOn
      camera.current = on
      for (const t of local.current?.getVideoTracks() ?? []) t.enabled = on
      if (on) sendLocal(call.current, local.current, true)
      else call.current?.removeTrack('video')
      setCameraOn(on)
    },
    sendChat(text: string) {
      socket.send({ type: 'chat', escalationId, text })
      setChat((c) => [...c, { from: 'agent', text, at: Date.now() }])
    },
  }
}
