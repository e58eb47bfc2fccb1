import type { SignalData } from '../../server/domain/realtime'

/**
 * A signal of the call (server/domain/realtime.ts): a description or a candidate, with the sending
 * connection's id (`cid`) and the receiving connection it was meant for (`to`, if known).
 */
export type Signal = SignalData

export type CallState = 'connecting' | 'connected' | 'reconnecting' | 'failed' | 'closed'

export type CallOptions = {
  /**
   * The polite side yields when both make an offer at once (the customer is polite). The impolite
   * side makes the first offer, always, and the polite one waits for it.
   */
  polite: boolean
  iceServers: RTCIceServer[]
  sendSignal: (signal: Signal) => void
  onRemoteStream: (stream: MediaStream) => void
  onState: (state: CallState) => void
  /** A message on the call's data channel (the shared AR view's frames, say). */
  onData?: (data: string) => void
}

/** Past this many bytes queued on the data channel, messages are dropped rather than queued. */
const DATA_BACKLOG = 256 * 1024

/**
 * One WebRTC call with "perfect negotiation" (the W3C pattern): either side may renegotiate at
 * any time and glare resolves itself. A failed ICE connection restarts ICE instead of ending.
 * The first offer comes from the impolite side alone, with audio and video whether or not it has
 * tracks yet: when both sides offered at the start, the polite side's rollback in the middle of
 * gathering could leave its ICE with no candidates at all (Chromium), and the call never connected.
 */
export class PeerCall {
  readonly pc: RTCPeerConnection
  /** This connection's id: after a restart on either side, signals for an old one are dropped. */
  readonly id = Math.random().toString(36).slice(2, 10)
  /** The other side's current connection, learnt from its signals and hellos. */
  remoteId: string | null = null
  private makingOffer = false
  private ignoreOffer = false
  private settingAnswer = false
  private remote = new MediaStream()
  /** Our sender per kind, kept when its track is taken away so a new one can take its place. */
  private senders = new Map<string, RTCRtpSender>()
  private readonly channel: RTCDataChannel

  constructor(private readonly opts: CallOptions) {
    const pc = new RTCPeerConnection({ iceServers: opts.iceServers })
    this.pc = pc
    if (!opts.polite)
      for (const kind of ['audio', 'video'])
        this.senders.set(kind, pc.addTransceiver(kind, { direction: 'sendrecv' }).sender)
    // Made on both sides with the same id (negotiated), so it rides in the first offer and needs
    // no signalling of its own; peer to peer, it never passes through our server.
    this.channel = pc.createDataChannel('call-data', { negotiated: true, id: 0 })
    this.channel.onmessage = ({ data }) => {
      if (typeof data === 'string') opts.onData?.(data)
    }
    pc.onnegotiationneeded = async () => {
      // Tracks added before the first offer go out in the answer to it.
      if (opts.polite && !pc.remoteDescription) return
      try {
        this.makingOffer = true
        await pc.setLocalDescription()
        this.send({ description: pc.localDescription?.toJSON() })
      } catch (err) {
        console.warn('negotiation failed', err)
      } finally {
        this.makingOffer = false
      }
    }
    pc.onicecandidate = ({ candidate }) => this.send({ candidate: candidate?.toJSON() ?? null })
    pc.ontrack = ({ track }) => {
      if (!this.remote.getTracks().includes(track)) this.remote.addTrack(track)
      opts.onRemoteStream(this.remote)
    }
    pc.onconnectionstatechange = () => {
      const s = pc.connectionState
      if (s === 'connected') opts.onState('connected')
      else if (s === 'disconnected') opts.onState('reconnecting')
      else if (s === 'failed') {
        opts.onState('reconnecting')
        pc.restartIce()
      } else if (s === 'closed') opts.onState('closed')
    }
    opts.onState('connecting')
  }

  /** Sends these tracks; replaces a track of the same kind when one is already being sent. */
  setLocalStream(stream: MediaStream) {
    for (const track of stream.getTracks()) {
      const sender = this.senders.get(track.kind)
      if (sender) void sender.replaceTrack(track)
      else this.senders.set(track.kind, this.pc.addTrack(track, stream))
    }
  }

  /** Stops sending `kind` (the camera, say) without renegotiating; setLocalStream resumes it. */
  removeTrack(kind: 'audio' | 'video') {
    void this.senders.get(kind)?.replaceTrack(null)
  }

  /** Sends `data` on the call's data channel; false (dropped) when it is not open or backed up. */
  sendData(data: string): boolean {
    const c = this.channel
    if (c.readyState !== 'open' || c.bufferedAmount > DATA_BACKLOG) return false
    c.send(data)
    return true
  }

  /** Stops sending video (audio only) or sends it again. */
  setVideoEnabled(enabled: boolean) {
    for (const s of this.pc.getSenders()) if (s.track?.kind === 'video') s.track.enabled = enabled
  }

  private send(signal: Signal) {
    this.opts.sendSignal({ ...signal, cid: this.id, to: this.remoteId })
  }

  async handleSignal({ description, candidate, cid, to }: Signal) {
    const pc = this.pc
    // Meant for a connection this side has replaced since: an answer to an old offer would break
    // the new one.
    if (to && to !== this.id) return
    if (cid) this.remoteId = cid
    try {
      if (description) {
        const readyForOffer =
          !this.makingOffer && (pc.signalingState === 'stable' || this.settingAnswer)
        const collision = description.type === 'offer' && !readyForOffer
        this.ignoreOffer = !this.opts.polite && collision
        if (this.ignoreOffer) return
        this.settingAnswer = description.type === 'answer'
        await pc.setRemoteDescription(description)
        this.settingAnswer = false
        if (description.type === 'offer') {
          await pc.setLocalDescription()
          this.send({ description: pc.localDescription?.toJSON() })
        }
      } else if (candidate !== undefined) {
        try {
          await pc.addIceCandidate(candidate ?? undefined)
        } catch (err) {
          if (!this.ignoreOffer) throw err
        }
      }
    } catch (err) {
      console.warn('signal handling failed', err)
    }
  }

  /** Frames decoded from the remote video so far (for the console and tests). */
  async framesDecoded(): Promise<number> {
    const stats = await this.pc.getStats()
    let frames = 0
    stats.forEach((r) => {
      if (r.type === 'inbound-rtp' && r.kind === 'video') frames += r.framesDecoded ?? 0
    })
    return frames
  }

  close() {
    this.pc.close()
    this.opts.onState('closed')
  }
}
