import type { Bus } from './bus'

/** What the hub needs of a socket: send text, close. Matches Hono's WSContext. */
export type Socket = { send(data: string): void; close(code?: number, reason?: string): void }

export type Peer = {
  socket: Socket
  /** `staff:<role>` or `customer`. */
  kind: 'customer' | 'agent' | 'author' | 'admin'
  userId?: string
  sessionId?: string
  channels: Set<string>
}

/**
 * Connected WebSocket peers and the channels they listen on. Messages are published on the bus and
 * delivered here to the local peers of that channel, so every instance sees them.
 */
export class Hub {
  private peers = new Set<Peer>()
  private unsubscribe: () => void

  constructor(readonly bus: Bus) {
    this.unsubscribe = bus.subscribe(({ channel, payload }) => this.deliver(channel, payload))
  }

  get size() {
    return this.peers.size
  }

  add(peer: Peer) {
    this.peers.add(peer)
  }

  remove(peer: Peer) {
    this.peers.delete(peer)
  }

  publish(channel: string, payload: unknown) {
    return this.bus.publish(channel, payload)
  }

  private deliver(channel: string, payload: unknown) {
    const text = JSON.stringify({ channel, ...(payload as object) })
    for (const p of this.peers) if (p.channels.has(channel)) p.socket.send(text)
  }

  /** Closes every socket with "going away" and a hint to reconnect (used on shutdown). */
  closeAll(reason = 'server restarting, reconnect') {
    for (const p of this.peers) p.socket.close(1012, reason)
    this.peers.clear()
  }

  async close() {
    this.closeAll()
    this.unsubscribe()
    await this.bus.close()
  }
}
