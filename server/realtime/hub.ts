import {
  type QueueOrder,
  type RoomMessage,
  type RoomPayloadInput,
  RoomPayloadSchema,
} from '../domain/realtime'
import { log } from '../ops/log'
import type { Bus, BusMessage } from './bus'

/** What the hub needs of a socket: send text, close. Matches Hono's WSContext. */
export type Socket = { send(data: string): void; close(code?: number, reason?: string): void }

export type Peer = {
  socket: Socket
  /** `staff:<role>` or `customer`. */
  kind: 'customer' | 'agent' | 'author' | 'admin'
  userId?: string
  sessionId?: string
  /** An agent console's socket (agents and admins): its row in `agent_sockets`. */
  socketId?: string
  channels: Set<string>
}

/** A room message ready to go out: its room, its number, and its text on the socket. */
type Outgoing = { channel: string; seq: number; text: string }

/**
 * A bus message made ready for the sockets of its room: one text for all, or (the queue's order)
 * a text per waiting customer's session, the others getting nothing.
 */
type Ready = { all: Outgoing } | { bySession: Map<string, Outgoing> }

/** A connected peer and, per room, the last number it was sent (so nothing goes twice). */
type Member = { peer: Peer; sent: Map<string, number>; held: Outgoing[] | null }

/**
 * A bus message as it goes out: `{ channel, seq, ...payload }`, the payload parsed again (it crossed
 * the bus, and maybe the database, as JSON); null, and logged, when it is not a room message.
 */
function ready(m: BusMessage): Ready | null {
  const parsed = RoomPayloadSchema.safeParse(m.payload)
  if (!parsed.success) {
    log.error(`realtime: ${m.channel} #${m.seq} is not a room message; not delivered`)
    return null
  }
  const p = parsed.data
  // A sign-out closes sockets (Hub.deliver); it is never sent on one.
  if (p.type === 'signed_out') return null
  if (p.type === 'queue_order') return { bySession: places(m, p) }
  const message: RoomMessage = { channel: m.channel, seq: m.seq, ...p }
  return { all: { channel: m.channel, seq: m.seq, text: JSON.stringify(message) } }
}

/** Each waiting customer's `queue_position`, by session, from the queue's order. */
function places(m: BusMessage, order: QueueOrder): Map<string, Outgoing> {
  const out = new Map<string, Outgoing>()
  order.waiting.forEach((w, i) => {
    const message: RoomMessage = {
      channel: m.channel,
      seq: m.seq,
      type: 'queue_position',
      escalationId: w.escalationId,
      position: i + 1,
      estimatedWaitSeconds: w.estimatedWaitSeconds,
      agentsOnline: order.agentsOnline,
    }
    out.set(w.sessionId, { channel: m.channel, seq: m.seq, text: JSON.stringify(message) })
  })
  return out
}

/** What of a ready message goes to this peer, if anything. */
function forPeer(r: Ready, peer: Peer): Outgoing | undefined {
  if ('all' in r) return r.all
  return peer.sessionId ? r.bySession.get(peer.sessionId) : undefined
}

/**
 * Connected WebSocket peers and the channels they listen on. Messages are published on the bus and
 * delivered here to the local peers of that channel, so every instance sees them. Each message
 * goes out as `{ channel, seq, ...payload }`; a peer that reconnects with the last `seq` it saw per
 * channel first gets what it missed, then the live messages, each once.
 */
export class Hub {
  private members = new Map<Peer, Member>()
  private unsubscribe: () => void

  constructor(readonly bus: Bus) {
    this.unsubscribe = bus.subscribe((m) => this.deliver(m))
  }

  get size() {
    return this.members.size
  }

  /**
   * Adds a peer. With `resume` (channel → last seq seen), live messages wait while the missed ones
   * are read, so the peer gets both in order.
   */
  async add(peer: Peer, resume: Record<string, number> = {}) {
    const member: Member = { peer, sent: new Map(), held: [] }
    this.members.set(peer, member)
    try {
      for (const [channel, after] of Object.entries(resume)) {
        if (!peer.channels.has(channel)) continue
        member.sent.set(channel, after)
        const missed = await this.bus.since(channel, after)
        // History no longer complete: the client reads a fresh state over HTTP on every open.
        // A sign-out was for the sockets open then, not for a later session of the same member.
        for (const m of missed ?? []) {
          if (isSignOut(m)) continue
          const r = ready(m)
          const out = r && forPeer(r, peer)
          if (out) this.send(member, out)
        }
      }
    } finally {
      const held = member.held ?? []
      member.held = null
      for (const m of held) this.send(member, m)
    }
  }

  /** The repair sessions with a customer socket on this instance. */
  customerSessions(): string[] {
    const ids = new Set<string>()
    for (const p of this.members.keys())
      if (p.kind === 'customer' && p.sessionId) ids.add(p.sessionId)
    return [...ids]
  }

  /** The agent-console sockets open on this instance. */
  agentSockets(): { id: string; userId: string }[] {
    const out: { id: string; userId: string }[] = []
    for (const p of this.members.keys())
      if (p.socketId && p.userId) out.push({ id: p.socketId, userId: p.userId })
    return out
  }

  remove(peer: Peer) {
    this.members.delete(peer)
  }

  publish(channel: string, payload: RoomPayloadInput) {
    return this.bus.publish(channel, payload)
  }

  private deliver(m: BusMessage) {
    if (isSignOut(m)) return this.closeChannel(m.channel)
    let r: Ready | null | undefined
    for (const member of this.members.values()) {
      if (!member.peer.channels.has(m.channel)) continue
      // Parsed once, and only where someone listens.
      r ??= ready(m)
      if (!r) return
      const out = forPeer(r, member.peer)
      if (!out) continue
      if (member.held) member.held.push(out)
      else this.send(member, out)
    }
  }

  private send(member: Member, m: Outgoing) {
    if (m.seq <= (member.sent.get(m.channel) ?? 0)) return
    member.sent.set(m.channel, m.seq)
    member.peer.socket.send(m.text)
  }

  /**
   * A deactivated member's sockets, on every instance (the sign-out travels on the bus): closed
   * with 4401 ("signed out"); a reconnect is refused, as the member's sessions are gone.
   */
  private closeChannel(channel: string) {
    for (const p of [...this.members.keys()]) {
      if (!p.channels.has(channel)) continue
      this.members.delete(p)
      p.socket.close(4401, 'signed out')
    }
  }

  /** Closes every socket with "going away" and a hint to reconnect (used on shutdown). */
  closeAll(reason = 'server restarting, reconnect') {
    for (const p of this.members.keys()) p.socket.close(1012, reason)
    this.members.clear()
  }

  async close() {
    this.closeAll()
    this.unsubscribe()
    await this.bus.close()
  }
}

/** `{ type: 'signed_out' }` on a `user:<id>` channel: that member's sockets close. */
function isSignOut(m: BusMessage): boolean {
  const p = m.payload
  return (
    m.channel.startsWith('user:') &&
    typeof p === 'object' &&
    p !== null &&
    'type' in p &&
    p.type === 'signed_out'
  )
}
