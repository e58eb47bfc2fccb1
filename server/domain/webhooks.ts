import { z } from 'zod'

/**
 * Outgoing webhooks (Standard Webhooks: https://www.standardwebhooks.com). Every message is one
 * envelope `{ type, timestamp, data }`; its `webhook-id` header is the event's id, the same on every
 * attempt and every "send again", so receivers deduplicate on it. These schemas are the contract
 * third parties build on: the server builds every payload through them and receivers may parse with
 * them too.
 */
export const WEBHOOK_EVENT_TYPES = [
  'session.completed',
  'escalation.requested',
  'escalation.accepted',
  'escalation.closed',
  'procedure.published',
  'callback.requested',
] as const
export const WebhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES)
export type WebhookEventType = z.infer<typeof WebhookEventTypeSchema>

const Iso = z.iso.datetime({ offset: true })

/** The repair session an event is about: what was repaired, with what, and a link back. */
export const WebhookSessionSchema = z.object({
  id: z.uuid(),
  productId: z.string(),
  productName: z.string(),
  serial: z.string().nullable(),
  procedureId: z.string(),
  procedureTitle: z.string(),
  version: z.number().int().min(1),
  mode: z.enum(['immersive-ar', 'inline']),
  outcome: z.enum(['fixed', 'not_fixed', 'abandoned', 'escalated']).nullable(),
  /** The step the customer was on last (id and title), if any. */
  stepId: z.string().nullable(),
  stepTitle: z.string().nullable(),
  /** Step ids in the order the customer viewed them. */
  path: z.array(z.string()),
  startedAt: Iso,
  /** Where staff see this session in Fixpoint. */
  url: z.url(),
})
export type WebhookSession = z.infer<typeof WebhookSessionSchema>

const Agent = z.object({ id: z.uuid(), name: z.string() }).nullable()
const Resolution = z.enum(['resolved', 'unresolved', 'dispatch_technician'])

const EscalationBase = z.object({
  id: z.uuid(),
  reason: z.enum(['asked', 'dwell', 'back_and_forth']),
  note: z.string().nullable(),
  /** Where the customer got stuck, when they asked. */
  stepId: z.string(),
  stepTitle: z.string(),
  timeOnStepMs: z.number().int().min(0),
  requestedAt: Iso,
})

export const SessionCompletedDataSchema = z.object({
  session: WebhookSessionSchema,
  outcome: z.enum(['fixed', 'not_fixed', 'abandoned', 'escalated']),
  /**
   * Who answered: the customer ("Is it fixed?"), an agent's closing resolution, or nobody (`idle`:
   * no answer for ABANDON_AFTER_MINUTES, outcome `abandoned`).
   */
  source: z.enum(['customer', 'agent', 'idle']),
})
export const EscalationRequestedDataSchema = z.object({
  escalation: EscalationBase,
  session: WebhookSessionSchema,
})
export const EscalationAcceptedDataSchema = z.object({
  escalation: EscalationBase.extend({ acceptedAt: Iso, agent: Agent }),
  session: WebhookSessionSchema,
})
export const EscalationClosedDataSchema = z.object({
  escalation: EscalationBase.extend({
    closedAt: Iso,
    agent: Agent,
    resolution: Resolution,
    notes: z.string(),
  }),
  session: WebhookSessionSchema,
})
export const ProcedurePublishedDataSchema = z.object({
  procedure: z.object({
    id: z.string(),
    productId: z.string(),
    title: z.string(),
    version: z.number().int().min(1),
    changeNote: z.string(),
    publishedAt: Iso,
  }),
})
/** A customer asked to be called back (sent once callbacks exist; see webhooks/events.ts). */
export const CallbackRequestedDataSchema = z.object({
  callback: z.object({
    id: z.uuid(),
    requestedAt: Iso,
    /** The time the customer asked for, if they chose one. */
    preferredAt: Iso.nullable(),
    contact: z.string().nullable(),
    note: z.string().nullable(),
  }),
  session: WebhookSessionSchema.nullable(),
})

const envelope = <T extends WebhookEventType, D extends z.ZodType>(type: T, data: D) =>
  z.object({ type: z.literal(type), timestamp: Iso, data })

/** The body of every webhook: one of these, told apart by `type`. */
export const WebhookPayloadSchema = z.discriminatedUnion('type', [
  envelope('session.completed', SessionCompletedDataSchema),
  envelope('escalation.requested', EscalationRequestedDataSchema),
  envelope('escalation.accepted', EscalationAcceptedDataSchema),
  envelope('escalation.closed', EscalationClosedDataSchema),
  envelope('procedure.published', ProcedurePublishedDataSchema),
  envelope('callback.requested', CallbackRequestedDataSchema),
])
export type WebhookPayload = z.infer<typeof WebhookPayloadSchema>

/** A Standard Webhooks secret: `whsec_` and base64 of 24 to 64 random bytes. */
export const WebhookSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/, 'A secret is "whsec_" followed by base64.')

/** Only http(s) URLs, with a host; credentials in the URL are refused (they would be logged). */
export const WebhookUrlSchema = z
  .url({ protocol: /^https?$/, error: 'Enter an http:// or https:// URL.' })
  .max(2000)
  .refine((u) => {
    // Runs after a failed URL check too: an unparsable value has already been reported.
    const url = URL.canParse(u) ? new URL(u) : null
    return !url || (url.username === '' && url.password === '')
  }, 'Put no user name or password in the URL; the signature authenticates us.')

/** `POST /api/studio/webhooks`: a new endpoint (the secret is generated). */
export const WebhookEndpointInputSchema = z.object({
  url: WebhookUrlSchema,
  description: z.string().trim().max(200).default(''),
  /** Event types sent to it; empty: every type. */
  events: z.array(WebhookEventTypeSchema).max(WEBHOOK_EVENT_TYPES.length).default([]),
  enabled: z.boolean().default(true),
})
/** `PATCH /api/studio/webhooks/:id`. */
export const WebhookEndpointPatchSchema = WebhookEndpointInputSchema.partial()

export const WebhookEndpointSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  description: z.string(),
  events: z.array(WebhookEventTypeSchema),
  enabled: z.boolean(),
  createdAt: Iso,
  /** Deliveries by state, for the list. */
  pending: z.number().int(),
  failed: z.number().int(),
})
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>

export const WebhookEndpointListSchema = z.object({
  endpoints: z.array(WebhookEndpointSchema),
  /** Whether the Salesforce connector is configured (its deliveries have a log of their own). */
  salesforce: z.boolean(),
})
/** `POST /api/studio/webhooks`: the new endpoint and its secret, shown once here. */
export const WebhookEndpointCreatedSchema = z.object({
  endpoint: WebhookEndpointSchema,
  secret: WebhookSecretSchema,
})
export const WebhookEndpointResultSchema = z.object({ endpoint: WebhookEndpointSchema })
export const WebhookSecretResultSchema = z.object({ secret: WebhookSecretSchema })
export const WebhookDeletedSchema = z.object({ deleted: z.literal(true) })

export const DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const
export const WebhookDeliverySchema = z.object({
  id: z.uuid(),
  /** The `webhook-id` header: the idempotency key. */
  eventId: z.string(),
  type: WebhookEventTypeSchema,
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int(),
  nextAttemptAt: Iso.nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  createdAt: Iso,
  deliveredAt: Iso.nullable(),
})
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>
export const WebhookDeliveryListSchema = z.object({ deliveries: z.array(WebhookDeliverySchema) })
export const WebhookDeliveryResultSchema = z.object({ delivery: WebhookDeliverySchema })

/**
 * Wait before attempt `attempt + 1` after `attempt` failed ones: doubling from `baseMs`, at most
 * `maxMs`, with ±10% jitter from `random` (0..1) so a recovering receiver is not hit all at once.
 */
export function retryDelayMs(attempt: number, baseMs: number, maxMs: number, random = 0.5) {
  const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(raw * (0.9 + 0.2 * random))
}
