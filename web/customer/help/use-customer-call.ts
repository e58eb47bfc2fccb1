import { useEffect, useRef, useState } from 'react'
import { CallDataSchema, type CallView, type Mark } from '../../../server/domain/call-view'
import type { SignalData } from '../../../server/domain/realtime'
import type { RealtimeSocket } from '../../api/realtime-socket'
import { type CallState, PeerCall } from '../../call/peer-call'
import { keptRemoteStream } from '../../call/remote-stream'
import type { SharedViewFeed } from '../../call/shared-view-feed'
import type { AudioOnlyReason, CallMedia } from './help-store'
import { useVideoWatch } from './use-video-watch'

const CAMERA: MediaTrackConstraints = {
  facingMode: 'environment',
  width: { ideal: 1280 },
  height: { ideal: 720 },
}

/** What the agent is told about our video: what it shows, or why there is none. */
type Told = { view: CallView } | { audioOnly: AudioOnlyReason }
const same = (a: Told | null, b: Told | null) => JSON.stringify(a) === JSON.stringify(b)

/**
 * The customer's side of the call, while the escalation is active: microphone and, as `media`
 * says, the rear camera, a headset's camera, or the AR view composed in the session (`sharedView`,
 * whose frames' poses go on the call's data channel); the agent's audio (and video, if they turn
 * it on) back. The agent is told what the video shows, or why there is none: an AR session
 * starting (`audio`), a camera that cannot start or stops (`onNoCamera`), video that cannot keep
 * up. The video
 * comes and goes without a new call. Our `hello` asks the agent for a call; each `hello` from the
 * agent (their answer to ours, or their reload) starts a fresh connection with theirs.
 */
export function useCustomerCall(
  socket: RealtimeSocket,
  escalationId: string | null,
  iceServers: RTCIceServer[],
  media: CallMedia = 'camera',
  sharedView: SharedViewFeed | null = null,
  /** The camera could not start: a headset in AR may send its AR view instead. */
  onNoCamera?: () => void,
  /** A mark the agent sent on the call's data channel (see MarkMessageSchema). */
  onMark?: (mark: Mark) => void,
) {
  const [state, setState] = useState<CallState | 'idle'>('idle')
  const [remote, setRemote] = useState<MediaStream | null>(null)
  const [told, setTold] = useState<Told | null>(null)
  const [mediaError, setMediaError] = useState<string | null>(null)
  const [local, setLocal] = useState<MediaStream | null>(null)
  const call = useRef<PeerCall | null>(null)
  const streams = useRef<{ audio: MediaStream | null; video: MediaStream | null }>({
    audio: null,
    video: null,
  })
  const lastTold = useRef<Told | null>(null)
  const noCamera = useRef(onNoCamera)
  noCamera.current = onNoCamera
  const markArrived = useRef(onMark)
  markArrived.current = onMark
  // Read when a connection starts: new credentials (a restore after a reconnect) must not restart
  // a call that works.
  const ice = useRef(iceServers)
  ice.current = iceServers

  // What the agent is told: sent again on their hello, as they may not have been listening yet.
  const tell = useRef((_what: Told) => {})
  tell.current = (what) => {
    setTold(what)
    if (!escalationId || same(lastTold.current, what)) return
    lastTold.current = what
    socket.send({
      type: 'call_state',
      escalationId,
      ...('view' in what
        ? { state: 'video', view: what.view }
        : { state: 'audio_only', reason: what.audioOnly }),
    })
  }

  useEffect(() => {
    if (!escalationId) return
    let disposed = false
    const send = (data: SignalData) => socket.send({ type: 'signal', escalationId, data })
    const fresh = () => {
      call.current?.close()
      const pc = new PeerCall({
        polite: true,
        iceServers: ice.current,
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
          if (parsed.success && parsed.data.type === 'mark') markArrived.current?.(parsed.data.mark)
          else if (!parsed.success)
            console.warn('A call data message was not understood.', parsed.error.issues)
        },
      })
      for (const s of [streams.current.audio, streams.current.video]) if (s) pc.setLocalStream(s)
      call.current = pc
    }
    const off = socket.subscribe((m) => {
      if (m.type !== 'signal' || m.escalationId !== escalationId || m.from !== 'agent') return
      const data = m.data
      const learn = () => {
        if (call.current && data.cid) call.current.remoteId = data.cid
      }
      if (data.hello) {
        // No hello back: the agent answers a hello with one, so ours would restart them forever.
        fresh()
        learn()
        const what = lastTold.current
        lastTold.current = null
        if (what) tell.current(what)
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

  // The AR view: its track as our video, its frames' poses on the data channel. The session owns
  // the track; leaving AR takes the feed away, and the camera effect below takes over.
  useEffect(() => {
    if (!escalationId || media !== 'ar') return
    if (!sharedView) {
      // Until the session composes its first frame.
      tell.current({ audioOnly: 'ar' })
      return
    }
    streams.current.video = sharedView.stream
    call.current?.setLocalStream(sharedView.stream)
    const off = sharedView.subscribe({
      onFrame: (frame) => call.current?.sendData(JSON.stringify(frame)),
      onCamera: (camera) => tell.current({ view: camera ? 'ar_view' : 'ar_scene' }),
    })
    return () => {
      off()
      streams.current.video = null
      call.current?.removeTrack('video')
    }
  }, [escalationId, media, sharedView])

  useEffect(() => {
    if (!escalationId || media === 'ar') return
    if (media === 'audio') {
      tell.current({ audioOnly: 'ar' })
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
        tell.current({ view: media === 'headset-camera' ? 'headset_camera' : 'camera' })
        // The camera taken by something else (an AR session starting) ends the track.
        for (const t of s.getVideoTracks())
          t.onended = () => {
            if (disposed) return
            tell.current({ audioOnly: 'camera' })
            noCamera.current?.()
          }
      })
      .catch((e: Error) => {
        if (disposed) return
        if (e.name === 'NotAllowedError') setMediaError(e.name)
        tell.current({ audioOnly: 'camera' })
        noCamera.current?.()
      })
    return () => {
      disposed = true
      for (const t of streams.current.video?.getTracks() ?? []) t.stop()
      streams.current.video = null
      setLocal(null)
      call.current?.removeTrack('video')
    }
  }, [escalationId, media])

  useVideoWatch(call, () => tell.current({ audioOnly: 'network' }))

  return {
    state,
    remote,
    local,
    audioOnly: told && 'audioOnly' in told ? told.audioOnly : null,
    view: told && 'view' in told ? told.view : null,
    mediaError,
  }
}
