/**
 * The message bus realtime fan-out runs on. In-process here; with PostgreSQL, a LISTEN/NOTIFY bus
 * with the same interface carries messages between instances.
 *
 * Every message belongs to a room (its channel) and carries a sequence number that rises within
 * the room. Handlers get each room's messages once and in number order, and `since` gives a
 * reconnecting peer what it missed.
 */
export type BusMessage = { channel: string; seq: number; payload: unknown }

export interface Bus {
  publish(channel: string, payload: unknown): Promise<void>
  subscribe(handler: (m: BusMessage) => void): () => void
  /**
   * The room's messages numbered above `after`, in order; null when some of them are no longer
   * kept (the peer then reads a fresh state over HTTP, as it does on every reconnect).
   */
  since(channel: string, after: number): Promise<BusMessage[] | null>
  close(): Promise<void>
}

/** How long messages stay available for resuming. */
export const KEEP_MS = 5 * 60_000

type Kept = { seq: number; payload: unknown; at: number }

/**
 * In one process a single counter numbers every room's messages: numbers still rise within a room
 * (all peers and `since` need) and a forgotten room never starts again at 1.
 */
export class LocalBus implements Bus {
  private handlers = new Set<(m: BusMessage) => void>()
  private rooms = new Map<string, Kept[]>()
  /**
   * Starts from the clock (µs), so numbers keep rising across a restart and a client resuming
   * with a number from before it is not taken to have seen the new messages.
   */
  private seq = Date.now() * 1000
  /** The highest number swept away (or lost with a restart); history above it is complete. */
  private dropped = this.seq
  private sweeper: NodeJS.Timeout

  constructor() {
    this.sweeper = setInterval(() => this.sweep(Date.now() - KEEP_MS), 60_000)
    this.sweeper.unref()
  }

  async publish(channel: string, payload: unknown) {
    const seq = ++this.seq
    const kept = this.rooms.get(channel) ?? []
    kept.push({ seq, payload, at: Date.now() })
    this.rooms.set(channel, kept)
    for (const h of this.handlers) h({ channel, seq, payload })
  }

  subscribe(handler: (m: BusMessage) => void) {
    this.handlers.add(handler)
    return () => {
      this.handlers.delete(handler)
    }
  }

  async since(channel: string, after: number) {
    if (after < this.dropped) return null
    const kept = this.rooms.get(channel) ?? []
    return kept
      .filter((k) => k.seq > after)
      .map((k) => ({ channel, seq: k.seq, payload: k.payload }))
  }

  private sweep(before: number) {
    for (const [channel, kept] of this.rooms) {
      const keep = kept.findIndex((k) => k.at >= before)
      const gone = kept.splice(0, keep === -1 ? kept.length : keep)
      const last = gone.at(-1)
      if (last) this.dropped = Math.max(this.dropped, last.seq)
      if (kept.length === 0) this.rooms.delete(channel)
    }
  }

  async close() {
    clearInterval(this.sweeper)
    this.handlers.clear()
  }
}
