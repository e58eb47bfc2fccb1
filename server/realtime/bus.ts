/**
 * The message bus realtime fan-out runs on. In-process here; with PostgreSQL, a LISTEN/NOTIFY bus
 * with the same interface carries messages between instances.
 */
export type BusMessage = { channel: string; payload: unknown }

export interface Bus {
  publish(channel: string, payload: unknown): Promise<void>
  subscribe(handler: (m: BusMessage) => void): () => void
  close(): Promise<void>
}

export class LocalBus implements Bus {
  private handlers = new Set<(m: BusMessage) => void>()

  async publish(channel: string, payload: unknown) {
    for (const h of this.handlers) h({ channel, payload })
  }

  subscribe(handler: (m: BusMessage) => void) {
    this.handlers.add(handler)
    return () => {
      this.handlers.delete(handler)
    }
  }

  async close() {
    this.handlers.clear()
  }
}
