import { and, asc, eq, gt, gte, lt, lte, sql } from 'drizzle-orm'
import pg from 'pg'
import { z } from 'zod'
import type { Db } from '../db/client'
import { busChannels, busLog } from '../db/schema'
import { retryTransient } from '../db/transient'
import { log } from '../ops/log'
import { type Bus, type BusMessage, KEEP_MS } from './bus'

const CHANNEL = 'fixpoint_bus'
/** NOTIFY payloads are capped near 8 KB; larger messages are read from the log. */
const INLINE_LIMIT = 7000

/** Log rows read with plain SQL (bigint numbers come back as text). */
const LogRows = z.object({
  rows: z.array(z.object({ channel: z.string(), seq: z.coerce.number(), body: z.unknown() })),
})

/** A notification: room, number, and the payload when it fitted. */
type Heard = { c: string; s: number; p: unknown }

/** Where one room's delivery stands on this instance. */
type Room = {
  /** The number to deliver next. */
  next: number
  /** Heard but not yet deliverable; `undefined` payload = still to be read from the log. */
  waiting: Map<number, { payload: unknown } | undefined>
  reading: boolean
  touched: number
}

/**
 * The bus between server instances that share one PostgreSQL database. Publishing numbers the
 * message in its room (a row lock on `bus_channels` serializes one room's publishers), logs it in
 * `bus_log` and NOTIFYs, all in one statement, so a room's notifications are heard in number order.
 * Each instance, the sender included, delivers a room's messages strictly in number order: a large
 * message (only its number is notified) is read from the log before any later one is delivered,
 * and numbers skipped while the listening connection was down are read from the log on reconnect.
 */
export class PgBus implements Bus {
  private handlers = new Set<(m: BusMessage) => void>()
  private rooms = new Map<string, Room>()
  private listener: pg.Client | null = null
  private closed = false
  /** When the listening connection was lost, until what was missed has been read from the log. */
  private lostAt: number | null = null
  /** Notifications heard on a new listener while the log is read; handled after it, in order. */
  private held: string[] | null = null
  private sweeper: NodeJS.Timeout

  private constructor(
    private readonly url: string,
    private readonly db: Db,
  ) {
    this.sweeper = setInterval(() => {
      const before = Date.now() - KEEP_MS
      for (const [c, r] of this.rooms)
        if (r.waiting.size === 0 && r.touched < before) this.rooms.delete(c)
      void this.db
        .delete(busLog)
        .where(lt(busLog.createdAt, new Date(before)))
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
      if (n.channel !== CHANNEL || !n.payload || this.listener !== client) return
      if (this.held) this.held.push(n.payload)
      else this.hear(n.payload)
    })
    // Only the current listener's loss matters; an old one ending after a reconnect does not.
    client.on('error', (err) => {
      log.error(`realtime bus: ${err.message}; reconnecting`)
      if (this.listener === client) this.reconnect()
    })
    client.on('end', () => {
      if (this.listener === client) this.reconnect()
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${CHANNEL}`)
    } catch (e) {
      void client.end().catch(() => {})
      throw e
    }
    this.listener = client
    if (this.lostAt === null) return
    // Listening again: read what was published meanwhile from the log, holding what is heard
    // now until then, so each room still goes out in number order. Tried until it succeeds (or
    // this listener is lost too, and the next one takes over with the same `lostAt`).
    this.held = []
    const lostAt = this.lostAt
    while (this.listener === client && !this.closed) {
      try {
        await retryTransient(() => this.catchUp(new Date(lostAt - 10_000)), 'realtime bus catch-up')
        break
      } catch (e) {
        log.error(`realtime bus: catching up: ${e instanceof Error ? e.message : e}`)
        await new Promise((r) => setTimeout(r, 1000))
      }
    }
    if (this.listener !== client) return
    this.lostAt = null
    const held = this.held
    this.held = null
    for (const text of held) this.hear(text)
  }

  private reconnect() {
    if (this.closed || !this.listener) return
    const old = this.listener
    this.listener = null
    this.lostAt ??= Date.now()
    void old.end().catch(() => {})
    const retry = () => {
      if (this.closed) return
      this.listen().catch((e: unknown) => {
        log.error(`realtime bus: ${e instanceof Error ? e.message : e}; retrying`)
        setTimeout(retry, 1000).unref()
      })
    }
    setTimeout(retry, 500).unref()
  }

  /**
   * Reads what was published while not listening and delivers what this instance did not hear:
   * every room it knows from the number it expects next, and rooms new to it from shortly before
   * the connection was lost.
   */
  private async catchUp(since: Date) {
    const known = [...this.rooms].map(([c, r]) => ({ c, n: r.next }))
    const [byNumber, byTime] = await Promise.all([
      known.length === 0
        ? { rows: [] }
        : this.db.execute(sql`
            select l.channel, l.seq, l.body from ${busLog} l
            join json_to_recordset(${JSON.stringify(known)}::json) as k(c text, n bigint)
              on l.channel = k.c and l.seq >= k.n`),
      this.db
        .select({ channel: busLog.channel, seq: busLog.seq, body: busLog.body })
        .from(busLog)
        .where(gte(busLog.createdAt, since)),
    ])
    const rows = [...LogRows.parse(byNumber).rows, ...byTime]
    rows.sort((a, b) => (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : a.seq - b.seq))
    for (const row of rows) this.arrive(row.channel, row.seq, { payload: row.body })
  }

  private hear(text: string) {
    let h: Heard
    try {
      h = JSON.parse(text)
    } catch {
      return
    }
    this.arrive(h.c, h.s, h.p === null ? undefined : { payload: h.p })
  }

  private arrive(channel: string, seq: number, body: { payload: unknown } | undefined) {
    let room = this.rooms.get(channel)
    if (!room) {
      // The first number heard for a room starts it: notifications come in commit order, and one
      // room commits in number order, so nothing earlier is still on its way.
      room = { next: seq, waiting: new Map(), reading: false, touched: Date.now() }
      this.rooms.set(channel, room)
    }
    room.touched = Date.now()
    if (seq < room.next) return
    if (body || !room.waiting.has(seq)) room.waiting.set(seq, body)
    this.drain(channel, room)
  }

  private drain(channel: string, room: Room) {
    for (let w = room.waiting.get(room.next); w; w = room.waiting.get(room.next)) {
      room.waiting.delete(room.next)
      const m = { channel, seq: room.next++, payload: w.payload }
      for (const h of this.handlers) h(m)
    }
    if (room.waiting.size > 0 && !room.reading) void this.read(channel, room)
  }

  /** Reads the numbers a room is waiting for from the log, then delivers what became possible. */
  private async read(channel: string, room: Room) {
    room.reading = true
    const upTo = Math.max(...room.waiting.keys())
    try {
      const rows = await this.db
        .select({ seq: busLog.seq, body: busLog.body })
        .from(busLog)
        .where(and(eq(busLog.channel, channel), gte(busLog.seq, room.next), lte(busLog.seq, upTo)))
        .orderBy(asc(busLog.seq))
      for (const r of rows) room.waiting.set(r.seq, { payload: r.body })
      // A number the log no longer has (swept, or a row lost with a crashed database) is skipped
      // rather than holding the room forever; the peers' state reads cover it.
      while (
        room.next <= upTo &&
        !room.waiting.get(room.next) &&
        !rows.some((r) => r.seq === room.next)
      ) {
        log.error(`realtime bus: ${channel} #${room.next} is gone; skipped`)
        room.waiting.delete(room.next)
        room.next++
      }
    } catch (e) {
      log.error(`realtime bus: reading ${channel}: ${e instanceof Error ? e.message : e}`)
      await new Promise((r) => setTimeout(r, 500))
    } finally {
      room.reading = false
    }
    if (!this.closed) this.drain(channel, room)
  }

  /**
   * Numbers, logs and announces the message. While the database is unreachable (a restart) it is
   * tried again until it is back (up to a minute), so a caller awaiting publishes one by one keeps
   * their order; a failure in the instant of a commit could, rarely, log it twice.
   */
  async publish(channel: string, payload: unknown) {
    await retryTransient(() => this.publishOnce(channel, payload), 'realtime bus publish')
  }

  private async publishOnce(channel: string, payload: unknown) {
    const text = JSON.stringify(payload)
    const inline = Buffer.byteLength(text) + Buffer.byteLength(channel) <= INLINE_LIMIT
    await this.db.execute(sql`
      with n as (
        insert into ${busChannels} (channel, seq) values (${channel}, 1)
        on conflict (channel) do update set seq = ${busChannels}.seq + 1
        returning seq
      ), logged as (
        insert into ${busLog} (channel, seq, body) select ${channel}, n.seq, ${text}::jsonb from n
        returning seq
      )
      select pg_notify(${CHANNEL}, json_build_object(
        'c', ${channel}::text, 's', logged.seq, 'p', case when ${inline} then ${text}::json end
      )::text) from logged`)
  }

  subscribe(handler: (m: BusMessage) => void) {
    this.handlers.add(handler)
    return () => {
      this.handlers.delete(handler)
    }
  }

  async since(channel: string, after: number) {
    return retryTransient(() => this.sinceOnce(channel, after), 'realtime bus resume', 30_000)
  }

  private async sinceOnce(channel: string, after: number) {
    const rows = await this.db
      .select({ seq: busLog.seq, body: busLog.body })
      .from(busLog)
      .where(and(eq(busLog.channel, channel), gt(busLog.seq, after)))
      .orderBy(asc(busLog.seq))
      .limit(5000)
    const first = rows[0]
    if (first)
      return first.seq === after + 1
        ? rows.map((r) => ({ channel, seq: r.seq, payload: r.body }))
        : null
    const [last] = await this.db
      .select({ seq: busChannels.seq })
      .from(busChannels)
      .where(eq(busChannels.channel, channel))
    return (last?.seq ?? 0) <= after ? [] : null
  }

  async close() {
    this.closed = true
    clearInterval(this.sweeper)
    this.handlers.clear()
    const l = this.listener
    this.listener = null
    await l?.end().catch(() => {})
  }
}
