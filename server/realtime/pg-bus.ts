import { eq, lt, sql } from 'drizzle-orm'
import pg from 'pg'
import type { Db } from '../db/client'
import { busMessages } from '../db/schema'
import type { Bus, BusMessage } from './bus'

const CHANNEL = 'fixpoint_bus'
/** NOTIFY payloads are capped near 8 KB; larger messages travel by reference. */
const INLINE_LIMIT = 7000

/**
 * The bus between server instances that share one PostgreSQL database: LISTEN/NOTIFY on a
 * dedicated connection. Every instance, the sender included, delivers what it hears, so local and
 * remote peers see messages in the same order.
 */
export class PgBus implements Bus {
  private handlers = new Set<(m: BusMessage) => void>()
  private listener: pg.Client | null = null
  private closed = false
  private sweeper: NodeJS.Timeout

  private constructor(
    private readonly url: string,
    private readonly db: Db,
  ) {
    this.sweeper = setInterval(() => {
      void this.db
        .delete(busMessages)
        .where(lt(busMessages.createdAt, new Date(Date.now() - 5 * 60_000)))
        .catch(() => {})
    }, 60_000)
    this.sweeper.unref()
  }

  static async connect(url: string, db: Db): Promise<PgBus> {
    const bus = new PgBus(url, db)
    await bus.listen()
    return bus
  }

  private async listen() {
    const client = new pg.Client({ connectionString: this.url })
    client.on('notification', (n) => {
      if (n.channel === CHANNEL && n.payload) void this.receive(n.payload)
    })
    client.on('error', (err) => {
      console.error(`realtime bus: ${err.message}; reconnecting`)
      this.reconnect()
    })
    await client.connect()
    await client.query(`LISTEN ${CHANNEL}`)
    this.listener = client
  }

  private reconnect() {
    if (this.closed) return
    const old = this.listener
    this.listener = null
    void old?.end().catch(() => {})
    setTimeout(() => {
      if (!this.closed) this.listen().catch(() => this.reconnect())
    }, 1000).unref()
  }

  private async receive(payload: string) {
    let message: BusMessage | { ref: string }
    try {
      message = JSON.parse(payload)
    } catch {
      return
    }
    if ('ref' in message) {
      const [row] = await this.db.select().from(busMessages).where(eq(busMessages.id, message.ref))
      if (!row) return
      message = row.body as BusMessage
    }
    for (const h of this.handlers) h(message)
  }

  async publish(channel: string, payload: unknown) {
    const text = JSON.stringify({ channel, payload })
    if (Buffer.byteLength(text) <= INLINE_LIMIT) {
      await this.db.execute(sqlNotify(text))
      return
    }
    const [row] = await this.db
      .insert(busMessages)
      .values({ body: { channel, payload } })
      .returning({ id: busMessages.id })
    if (row) await this.db.execute(sqlNotify(JSON.stringify({ ref: row.id })))
  }

  subscribe(handler: (m: BusMessage) => void) {
    this.handlers.add(handler)
    return () => {
      this.handlers.delete(handler)
    }
  }

  async close() {
    this.closed = true
    clearInterval(this.sweeper)
    this.handlers.clear()
    await this.listener?.end().catch(() => {})
  }
}

function sqlNotify(text: string) {
  return sql`select pg_notify(${CHANNEL}, ${text})`
}
