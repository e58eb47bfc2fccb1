import { randomBytes } from 'node:crypto'
import { and, desc, eq, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { webhookDeliveries, webhookEndpoints } from '../db/schema'
import {
  type WebhookDelivery,
  type WebhookEndpoint,
  WebhookEndpointSchema,
  WebhookEventTypeSchema,
} from '../domain/webhooks'

type EndpointInput = {
  url?: string
  description?: string
  events?: string[]
  enabled?: boolean
}

/** A new Standard Webhooks signing secret: `whsec_` and 32 random bytes in base64. */
export function newSecret() {
  return `whsec_${randomBytes(32).toString('base64')}`
}

function view(
  row: typeof webhookEndpoints.$inferSelect,
  counts: Map<string, { pending: number; failed: number }>,
): WebhookEndpoint {
  return WebhookEndpointSchema.parse({
    id: row.id,
    url: row.url,
    description: row.description,
    events: row.events,
    enabled: row.enabled,
    createdAt: row.createdAt.toISOString(),
    pending: counts.get(row.id)?.pending ?? 0,
    failed: counts.get(row.id)?.failed ?? 0,
  })
}

async function countsByEndpoint(db: Db, where?: SQL) {
  const rows = await db
    .select({
      id: webhookDeliveries.endpointId,
      pending: sql<number>`(count(*) filter (where ${webhookDeliveries.state} = 'pending'))::int`,
      failed: sql<number>`(count(*) filter (where ${webhookDeliveries.state} = 'failed'))::int`,
    })
    .from(webhookDeliveries)
    .where(where)
    .groupBy(webhookDeliveries.endpointId)
  return new Map(
    rows.flatMap((r) => (r.id ? [[r.id, { pending: r.pending, failed: r.failed }]] : [])),
  )
}

export async function listEndpoints(db: Db) {
  const rows = await db.select().from(webhookEndpoints).orderBy(webhookEndpoints.createdAt)
  const counts = await countsByEndpoint(db)
  return rows.map((r) => view(r, counts))
}

export async function getEndpoint(db: Db, id: string) {
  const [row] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id))
  if (!row) return null
  return {
    endpoint: view(row, await countsByEndpoint(db, eq(webhookDeliveries.endpointId, id))),
    secret: row.secret,
  }
}

export async function createEndpoint(db: Db, input: Required<EndpointInput>) {
  const [row] = await db
    .insert(webhookEndpoints)
    .values({ ...input, secret: newSecret() })
    .returning()
  if (!row) throw new Error('endpoint insert returned nothing')
  return { endpoint: view(row, new Map()), secret: row.secret }
}

export async function updateEndpoint(db: Db, id: string, patch: EndpointInput) {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id })
  return row ? getEndpoint(db, id) : null
}

export async function deleteEndpoint(db: Db, id: string) {
  const rows = await db
    .delete(webhookEndpoints)
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id })
  return rows.length > 0
}

/** A new secret at once: signatures from the next attempt on use it. */
export async function rotateSecret(db: Db, id: string) {
  const secret = newSecret()
  const rows = await db
    .update(webhookEndpoints)
    .set({ secret, updatedAt: new Date() })
    .where(eq(webhookEndpoints.id, id))
    .returning({ id: webhookEndpoints.id })
  return rows.length ? secret : null
}

function deliveryView(r: typeof webhookDeliveries.$inferSelect): WebhookDelivery {
  return {
    id: r.id,
    eventId: r.eventId,
    type: WebhookEventTypeSchema.parse(r.type),
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.state === 'pending' ? r.nextAttemptAt.toISOString() : null,
    lastStatus: r.lastStatus,
    lastError: r.lastError,
    createdAt: r.createdAt.toISOString(),
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
  }
}

/** The newest deliveries to one endpoint, or to the Salesforce connector. */
export async function listDeliveries(
  db: Db,
  target: { endpointId: string } | { kind: 'salesforce' },
  limit: number,
) {
  const where =
    'endpointId' in target
      ? eq(webhookDeliveries.endpointId, target.endpointId)
      : eq(webhookDeliveries.kind, 'salesforce')
  const rows = await db
    .select()
    .from(webhookDeliveries)
    .where(where)
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(limit)
  return rows.map(deliveryView)
}

/**
 * "Send again": the same event (same `webhook-id`, so a receiver that has it ignores it) goes out
 * at the next poll, with a fresh retry window.
 */
export async function resendDelivery(db: Db, id: string, retryHours: number) {
  const [row] = await db
    .update(webhookDeliveries)
    .set({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: new Date(),
      giveUpAt: new Date(Date.now() + retryHours * 3_600_000),
      deliveredAt: null,
    })
    .where(and(eq(webhookDeliveries.id, id)))
    .returning()
  return row ? deliveryView(row) : null
}
