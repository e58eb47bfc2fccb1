import { and, asc, eq, inArray, lt, lte, ne, sql } from 'drizzle-orm'
import { Webhook } from 'standardwebhooks'
import type { Db } from '../db/client'
import { webhookDeliveries, webhookEndpoints } from '../db/schema'
import { retryDelayMs, WebhookPayloadSchema } from '../domain/webhooks'
import type { Env } from '../env'
import { log } from '../ops/log'
import { handOff, SalesforceClient, salesforceConfig } from './salesforce'
import { SendFailure } from './send-failure'

type Row = typeof webhookDeliveries.$inferSelect
const BATCH = 10
/** Delivered and failed deliveries stay in the log this long. */
const KEEP_DAYS = 30
const PRUNE_EVERY_MS = 60 * 60_000

/** Forgets finished deliveries older than the log keeps; pending ones stay whatever their age. */
export async function pruneDeliveries(db: Db) {
  await db
    .delete(webhookDeliveries)
    .where(
      and(
        ne(webhookDeliveries.state, 'pending'),
        lt(webhookDeliveries.createdAt, sql`now() - make_interval(days => ${KEEP_DAYS})`),
      ),
    )
}

/** Signs and POSTs one webhook as Standard Webhooks says: id, timestamp and signature headers. */
export async function postWebhook(
  url: string,
  secret: string,
  eventId: string,
  body: string,
  timeoutMs: number,
) {
  const at = new Date()
  const signature = new Webhook(secret).sign(eventId, at, body)
  let res: Response
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Fixpoint-Webhooks/1',
        'webhook-id': eventId,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body,
      // A redirect is a failure to fix at the endpoint, not a hop to follow with our signature.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (e) {
    const why = e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : String(e)
    throw new SendFailure(null, `No answer: ${why}`)
  }
  if (res.status < 200 || res.status > 299) {
    const text = (await res.text().catch(() => '')).slice(0, 300)
    throw new SendFailure(res.status, `HTTP ${res.status}${text ? `: ${text}` : ''}`)
  }
  await res.body?.cancel()
  return res.status
}

/**
 * Makes every pending delivery due now. Only for a database this process holds alone (the
 * embedded one, whose directory it has locked): a lease found there was taken by a process that
 * is gone (killed mid-send), so its deliveries need not wait for the lease to run out; one in its
 * backoff is simply tried again now.
 */
export async function releaseLeases(db: Db) {
  await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: sql`now()` })
    .where(
      and(eq(webhookDeliveries.state, 'pending'), sql`${webhookDeliveries.nextAttemptAt} > now()`),
    )
}

/**
 * Sends due deliveries from the outbox. Every instance runs one; a row is claimed by moving its
 * next attempt past the send's timeout in one statement that skips rows other workers hold
 * (`FOR UPDATE SKIP LOCKED`), so no two instances send it at once, and a worker that dies
 * mid-send leaves it to be taken again when the lease runs out, after a restart too.
 */
export class DeliveryWorker {
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private stopped = true
  private readonly salesforce: SalesforceClient | null
  private prunedAt = 0

  constructor(
    private readonly db: Db,
    private readonly env: Env,
  ) {
    const config = salesforceConfig(env)
    this.salesforce = config ? new SalesforceClient(config) : null
  }

  start() {
    this.stopped = false
    this.schedule(0)
    return this
  }

  async stop() {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    await this.running
  }

  private schedule(ms: number) {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .catch((err) => log.error({ err }, 'webhook deliveries failed'))
        .finally(() => {
          this.running = null
          this.schedule(this.env.WEBHOOK_POLL_MS)
        })
    }, ms)
    this.timer.unref()
  }

  private async drain() {
    if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = Date.now()
      await pruneDeliveries(this.db)
    }
    while (!this.stopped && (await this.runOnce()) === BATCH) {}
  }

  /** Claims and sends one batch of due deliveries; returns how many it took. */
  async runOnce() {
    const lease = this.env.WEBHOOK_TIMEOUT_MS * 2 + 30_000
    const due = this.db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.state, 'pending'),
          lte(webhookDeliveries.nextAttemptAt, sql`now()`),
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(BATCH)
      .for('update', { skipLocked: true })
    const rows = await this.db
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        nextAttemptAt: sql`now() + make_interval(secs => ${lease / 1000})`,
      })
      .where(inArray(webhookDeliveries.id, due))
      .returning()
    await Promise.all(rows.map((r) => this.send(r)))
    return rows.length
  }

  private async send(row: Row) {
    try {
      const status = await this.attempt(row)
      await this.db
        .update(webhookDeliveries)
        .set({ state: 'delivered', deliveredAt: new Date(), lastStatus: status, lastError: null })
        .where(eq(webhookDeliveries.id, row.id))
    } catch (e) {
      const failure = e instanceof SendFailure ? e : new SendFailure(null, String(e))
      const wait = retryDelayMs(
        row.attempts,
        this.env.WEBHOOK_RETRY_BASE_MS,
        this.env.WEBHOOK_RETRY_MAX_MS,
        Math.random(),
      )
      const next = new Date(Date.now() + wait)
      const giveUp = failure.permanent || next > row.giveUpAt
      await this.db
        .update(webhookDeliveries)
        .set({
          state: giveUp ? 'failed' : 'pending',
          nextAttemptAt: next,
          lastStatus: failure.status,
          lastError: failure.message.slice(0, 1000),
        })
        .where(eq(webhookDeliveries.id, row.id))
    }
  }

  private async attempt(row: Row): Promise<number> {
    const payload = WebhookPayloadSchema.parse(row.payload)
    if (row.kind === 'salesforce') {
      if (!this.salesforce)
        throw new SendFailure(null, 'Salesforce is not configured (SALESFORCE_*).')
      await handOff(this.db, this.salesforce, payload, row.createdAt)
      return 200
    }
    if (!row.endpointId) throw new SendFailure(null, 'No endpoint.', true)
    const [endpoint] = await this.db
      .select()
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, row.endpointId))
    if (!endpoint?.enabled) throw new SendFailure(null, 'The endpoint is disabled.', true)
    return postWebhook(
      endpoint.url,
      endpoint.secret,
      row.eventId,
      JSON.stringify(payload),
      this.env.WEBHOOK_TIMEOUT_MS,
    )
  }
}
