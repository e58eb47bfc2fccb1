import { useEffect, useRef, useState } from 'react'
import type { RealtimeSocket } from '../../api/realtime-socket'
import { type CallState, PeerCall, type Signal } from '../../call/peer-call'
import type { AudioOnlyReason, CallMedia } from './help-store'
import { useVideoWatch } from './use-video-watch'

const CAMERA: MediaTrackConstraints = {
  facingMode: 'environment',
  width: { ideal: 1280 },
  height: { ideal: 720 },
}

/**
 * The customer's side of the call, while the escalation is active: microphone and, when `media`
 * allows, the rear camera to the agent; the agent's audio (and video, if they turn it on) back.
 * The call goes audio only, and tells the agent why, when `media` is `audio` (an AR session owns
 * the camera), when the camera cannot start or stops, or when video cannot keep up. The camera
 * comes and goes without a new call. Our `hello` asks the agent for a call; each `hello` from the
 * agent (their answer to ours, or their reload) starts a fresh connection with theirs.
 */
export function useCustomerCall(
  socket: RealtimeSocket,
  escalationId: string | null,
  iceServers: RTCIceServer[],
  media: CallMedia = 'camera',
) {
  const [state, setState] = useState<CallState | 'idle'>('idle')
  const [remote, setRemote] = useState<MediaStream | null>(null)
  const [audioOnly, setAudioOnlyState] = useState<AudioOnlyReason | null>(null)
  const [mediaError, setMediaError] = useState<string | null>(null)
  const [local, setLocal] = useState<MediaStream | null>(null)
  const call = useRef<PeerCall | null>(null)
  const streams = useRef<{ audio: MediaStream | null; video: MediaStream | null }>({
    audio: null,
    video: null,
  })
  const told = useRef<AudioOnlyReason | null>(null)
  // Read when a connection starts: new credentials (a restore after a reconnect) must not restart
  // a call that works.
  const ice = useRef(iceServers)
  ice.current = iceServers

  // What the agent is told: sent again on their hello, as they may not have been listening yet.
  const tell = useRef((_reason: AudioOnlyReason | null) => {})
  tell.current = (reason) => {
    setAudioOnlyState(reason)
    if (!escalationId || told.current === reason) return
    told.current = reason
    socket.send({
      type: 'call_state',
      escalationId,
      state: reason ? 'audio_only' : 'video',
      reason: reason ?? undefined,
    })
  }

  useEffect(() => {
    if (!escalationId) return
    let disposed = false
    const send = (data: Signal | { hello: true; cid?: string }) =>
      socket.send({ type: 'signal', escalationId, data })
    const fresh = () => {
      call.current?.close()
      const pc = new PeerCall({
        polite: true,
        iceServers: ice.current,
        sendSignal: send,
        onRemoteStream: (s) => setRemote(new MediaStream(s.getTracks())),
        onState: (s) => !disposed && setState(s),
      })
      for (const s of [streams.current.audio, streams.current.video]) if (s) pc.setLocalStream(s)
      call.current = pc
    }
    const off = socket.subscribe((m) => {
      if (m.escalationId !== escalationId || m.type !== 'signal' || m.from !== 'agent') return
      const data = m.data as Signal & { hello?: boolean }
      const learn = () => {
        if (call.current && data.cid) call.current.remoteId = data.cid
      }
      if (data.hello) {
        // No hello back: the agent answers a hello with one, so ours would restart them forever.
        fresh()
        learn()
        const reason = told.current
        told.current = null
        if (reason) tell.current(reason)
      } else void call.current?.handleSignal(data)
    })
    // No connection until the agent's hello: one made now would answer whichever agent connection
    // its first signals reached, and be stranded when the agent starts afresh for our hello.
    send({ hello: true })
    navigator.mediaDevices
      .getUserMedia({ audio: true })
      .then((s) => {
        if (disposed) {
          for (const t of s.getTracks()) t.stop()
          return
        }
        streams.current.audio = s
        call.current?.setLocalStream(s)
      })
      .catch((e: Error) => setMediaError(e.name))
    return () => {
      disposed = true
      off()
      call.current?.close()
      call.current = null
      for (const t of streams.current.audio?.getTracks() ?? []) t.stop()
      streams.current.audio = null
    }
  }, [socket, escalationId])

  useEffect(() => {
    if (!escalationId) return
    if (media === 'audio') {
      tell.current('ar')
      return
    }
    let disposed = false
    navigator.mediaDevices
      .getUserMedia({ video: CAMERA })
      .then((s) => {
        if (disposed) {
          for (const t of s.getTracks()) t.stop()
          return
        }
        streams.current.video = s
        setLocal(s)
        call.current?.setLocalStream(s)
        tell.current(null)
        // The camera taken by something else (an AR session starting) ends the track.
        for (const t of s.getVideoTracks()) t.onended = () => !disposed && tell.current('camera')
      })
      .catch((e: Error) => {
        if (disposed) return
        if (e.name === 'NotAllowedError') setMediaError(e.name)
        tell.current('camera')
      })
    return () => {
      disposed = true
      for (const t of streams.current.video?.getTracks() ?? []) t.stop()
      streams.current.video = null
      setLocal(null)
      call.current?.removeTrack('video')
    }
  }, [escalationId, media])

  useVideoWatch(call, () => tell.current('network'))

  return { state, remote, local, audioOnly, mediaError }
}
