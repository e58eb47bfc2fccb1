import { useEffect, useRef, useState } from 'react'
import type { RealtimeSocket } from '../../api/realtime-socket'
import { type CallState, PeerCall, type Signal } from '../../call/peer-call'

/**
 * The customer's side of the call, while the escalation is active: rear camera and microphone to
 * the agent, the agent's audio (and video, if they turn it on) back. When video cannot keep up the
 * call drops to audio only and says so; a fresh `hello` from the agent (their reload) restarts it.
 */
export function useCustomerCall(
  socket: RealtimeSocket,
  escalationId: string | null,
  iceServers: RTCIceServer[],
) {
  const [state, setState] = useState<CallState | 'idle'>('idle')
  const [remote, setRemote] = useState<MediaStream | null>(null)
  const [audioOnly, setAudioOnly] = useState(false)
  const [mediaError, setMediaError] = useState<string | null>(null)
  const [local, setLocal] = useState<MediaStream | null>(null)
  const call = useRef<PeerCall | null>(null)
  const dropped = useRef(false)

  useEffect(() => {
    if (!escalationId) return
    let disposed = false
    let stream: MediaStream | null = null
    const send = (data: Signal | { hello: true }) =>
      socket.send({ type: 'signal', escalationId, data })
    const fresh = () => {
      call.current?.close()
      const pc = new PeerCall({
        polite: true,
        iceServers,
        sendSignal: send,
        onRemoteStream: (s) => setRemote(new MediaStream(s.getTracks())),
        onState: (s) => !disposed && setState(s),
      })
      if (stream) pc.setLocalStream(stream)
      call.current = pc
    }
    const off = socket.subscribe((m) => {
      if (m.escalationId !== escalationId || m.type !== 'signal' || m.from !== 'agent') return
      const data = m.data as Signal & { hello?: boolean }
      if (data.hello) {
        fresh()
        send({ hello: true })
      } else void call.current?.handleSignal(data)
    })
    fresh()
    send({ hello: true })
    navigator.mediaDevices
      .getUserMedia({
        audio: true,
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      })
      .then((s) => {
        if (disposed) {
          for (const t of s.getTracks()) t.stop()
          return
        }
        stream = s
        setLocal(s)
        call.current?.setLocalStream(s)
      })
      .catch((e: Error) => setMediaError(e.name))
    // Video that cannot keep up (bandwidth-limited and nearly frozen) gives way to audio.
    const watch = setInterval(async () => {
      const pc = call.current?.pc
      if (!pc || dropped.current) return
      const stats = await pc.getStats()
      stats.forEach((r) => {
        if (
          r.type === 'outbound-rtp' &&
          r.kind === 'video' &&
          r.qualityLimitationReason === 'bandwidth' &&
          (r.framesPerSecond ?? 30) < 3
        ) {
          call.current?.setVideoEnabled(false)
          dropped.current = true
          setAudioOnly(true)
          socket.send({ type: 'call_state', escalationId, state: 'audio_only' })
        }
      })
    }, 3000)
    return () => {
      disposed = true
      clearInterval(watch)
      off()
      call.current?.close()
      call.current = null
      for (const t of stream?.getTracks() ?? []) t.stop()
    }
  }, [socket, escalationId, iceServers])

  return { state, remote, local, audioOnly, mediaError }
}
