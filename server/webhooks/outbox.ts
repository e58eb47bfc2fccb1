import { createHash } from 'node:crypto'
import { eq, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { webhookDeliveries, webhookEndpoints } from '../db/schema'
import {
  type WebhookEventType,
  type WebhookPayload,
  WebhookPayloadSchema,
} from '../domain/webhooks'
import type { Env } from '../env'

/** What enqueueing needs from the configuration. */
export type OutboxEnv = Pick<Env, 'WEBHOOK_RETRY_HOURS' | 'SALESFORCE_LOGIN_URL'>

const SALESFORCE_TYPES = new Set<WebhookEventType>([
  'escalation.requested',
  'escalation.closed',
  'session.completed',
])

/**
 * Events the Salesforce connector acts on: escalations, and the customer's own "not fixed" (an
 * agent's closing is reported by `escalation.closed`, with its resolution and notes).
 */
function forSalesforce(p: WebhookPayload) {
  if (p.type === 'escalation.requested' || p.type === 'escalation.closed') return true
  return (
    p.type === 'session.completed' && p.data.outcome === 'not_fixed' && p.data.source === 'customer'
  )
}

/**
 * The event's id, derived from what happened (`key`, e.g. `escalation.closed:<id>`), so the same
 * fact never becomes two events, even when the change that reports it is retried.
 */
export function eventIdFor(key: string) {
  return `msg_${createHash('sha256').update(key).digest('base64url').slice(0, 27)}`
}

/**
 * Whether anyone would get an event of this type: checked before building its payload, so a
 * server without webhooks or Salesforce pays one indexed read per change, not the payload's reads.
 */
export async function anyoneWants(tx: Db, env: OutboxEnv, type: WebhookEventType) {
  if (env.SALESFORCE_LOGIN_URL && SALESFORCE_TYPES.has(type)) return true
  const endpoints = await tx
    .select({ events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.enabled, true))
  return endpoints.some((e) => e.events.length === 0 || e.events.includes(type))
}

/**
 * `anyoneWants` as a condition inside a statement, for the webhook endpoints only (Salesforce is
 * configuration, checked by the caller): true when no enabled endpoint takes events of this type.
 */
export function noEndpointWants(type: WebhookEventType): SQL {
  return sql`not exists (select 1 from ${webhookEndpoints} where ${webhookEndpoints.enabled}
    and (${webhookEndpoints.events} = '[]'::jsonb
      or ${webhookEndpoints.events} @> jsonb_build_array(${type}::text)))`
}

/**
 * Records an event for every enabled endpoint that wants its type (and for Salesforce when
 * configured), in the caller's transaction: the event exists exactly when the change does.
 * Parsed with the contract's schema first, so nothing off-contract is ever sent.
 */
export async function enqueueEvent(tx: Db, env: OutboxEnv, key: string, payload: WebhookPayload) {
  const body = WebhookPayloadSchema.parse(payload)
  const eventId = eventIdFor(key)
  const giveUpAt = new Date(Date.now() + env.WEBHOOK_RETRY_HOURS * 3_600_000)
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.enabled, true))
  const rows: (typeof webhookDeliveries.$inferInsert)[] = endpoints
    .filter((e) => e.events.length === 0 || e.events.includes(body.type))
    .map((e) => ({
      kind: 'webhook',
      endpointId: e.id,
      eventId,
      type: body.type,
      payload: body,
      giveUpAt,
    }))
  if (env.SALESFORCE_LOGIN_URL && forSalesforce(body))
    rows.push({
      kind: 'salesforce',
      endpointId: null,
      eventId,
      type: body.type,
      payload: body,
      giveUpAt,
    })
  if (rows.length === 0) return eventId
  await tx.insert(webhookDeliveries).values(rows).onConflictDoNothing()
  return eventId
}
