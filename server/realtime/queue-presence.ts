import { and, eq, inArray, lt, sql } from 'drizzle-orm'
import type { Deps } from '../context'
import type { Db } from '../db/client'
import { escalations } from '../db/schema'
import { log } from '../ops/log'
import { announceQueueChange } from './queue-events'

/** Stamps the waiting requests of these repair sessions as seen now. */
export async function customersSeen(db: Db, sessionIds: string[]) {
  if (sessionIds.length === 0) return
  await db
    .update(escalations)
    .set({ customerSeenAt: sql`now()` })
    .where(and(eq(escalations.status, 'waiting'), inArray(escalations.sessionId, sessionIds)))
}

/**
 * Keeps a waiting customer's queue place while their socket is away for less than `graceMs`, on
 * any instance. Each instance stamps `customer_seen_at` on the waiting requests of the customers
 * connected to it (at once when one connects, then every tick); a request no instance has stamped
 * for the grace period is cancelled, by whichever instance's sweep gets to it first, and the queue
 * and the customer are told. The database's clock is the only one used.
 */
export class QueuePresence {
  private timer: NodeJS.Timeout | null = null
  private running = false
  /**
   * Since when this instance's rounds have succeeded. After the database was unreachable, no
   * instance has stamped its customers for a while: sweeping waits two rounds, until every
   * instance has had one, so an outage longer than the grace period takes nobody's place.
   */
  private healthySince: number | null = null

  constructor(
    private readonly deps: Deps,
    private readonly graceMs: number,
  ) {}

  /** A tick a quarter of the grace period (1 s to 10 s): a connected customer is never swept. */
  get tickMs() {
    return Math.min(10_000, Math.max(1000, this.graceMs / 4))
  }

  start() {
    this.timer = setInterval(() => void this.tick(), this.tickMs)
    this.timer.unref()
    return this
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** One round: stamp this instance's customers, then sweep the ones gone too long. */
  async tick() {
    if (this.running) return
    this.running = true
    try {
      const here = this.deps.hub.customerSessions()
      // A round counts as healthy only once the database answered, customers here or not.
      if (here.length > 0) await customersSeen(this.deps.db, here)
      else await this.deps.db.execute(sql`select 1`)
      this.healthySince ??= Date.now()
      if (Date.now() - this.healthySince < 2 * this.tickMs) return
      const gone = await this.deps.db
        .update(escalations)
        .set({ status: 'cancelled', closedAt: sql`now()` })
        .where(
          and(
            eq(escalations.status, 'waiting'),
            lt(
              escalations.customerSeenAt,
              sql`now() - make_interval(secs => ${this.graceMs / 1000})`,
            ),
          ),
        )
        .returning({ id: escalations.id, sessionId: escalations.sessionId })
      for (const e of gone) {
        await this.deps.hub.publish(`session:${e.sessionId}`, {
          type: 'escalation',
          escalationId: e.id,
          status: 'cancelled',
          reason: 'customer_left',
        })
        await announceQueueChange(this.deps, e.id)
      }
    } catch (e) {
      this.healthySince = null
      log.error(`queue presence: ${e instanceof Error ? e.message : e}`)
    } finally {
      this.running = false
    }
  }
}
