import { z } from 'zod'
import type { WebhookSession } from './webhooks'

/**
 * The Salesforce Service Cloud hand-off: what we send and what we read back, as Salesforce
 * documents it (OAuth 2.0 client credentials flow; REST API sObject Case create and update).
 */

/** Fixpoint's facts that may be copied into custom Case fields (`SALESFORCE_FIELD_MAP`). */
export const SALESFORCE_FIELDS = [
  'sessionId',
  'product',
  'serial',
  'procedure',
  'version',
  'step',
  'path',
  'outcome',
  'resolution',
  'notes',
  'link',
] as const
export const SalesforceFieldSchema = z.enum(SALESFORCE_FIELDS)
export type SalesforceField = z.infer<typeof SalesforceFieldSchema>

/** `POST /services/oauth2/token` answer. */
export const SalesforceTokenSchema = z.object({
  access_token: z.string().min(1),
  instance_url: z.url(),
  token_type: z.string().optional(),
  issued_at: z.string().optional(),
})

/** `POST /services/data/vXX.X/sobjects/Case` answer. */
export const SalesforceCreatedSchema = z.object({
  id: z.string().min(15).max(18),
  success: z.boolean(),
  errors: z.array(z.unknown()).default([]),
})

/** Salesforce's REST errors: a list of `{ message, errorCode }`. */
export const SalesforceErrorsSchema = z.array(
  z.object({ message: z.string(), errorCode: z.string() }).loose(),
)

/** The Case fields we write: standard ones plus the mapped custom fields. */
export const SalesforceCaseSchema = z.record(
  z.string().min(1),
  z.union([z.string(), z.number(), z.null()]),
)
export type SalesforceCase = z.infer<typeof SalesforceCaseSchema>

export type CaseFacts = {
  session: WebhookSession
  /** Where the customer got stuck (the help request's step, else the last step). */
  stuckStep: string | null
  outcome: string | null
  resolution: string | null
  notes: string
}

/** Case Status for a hand-off: open while waiting, closed when resolved, escalated otherwise. */
export function caseStatus(resolution: string | null, outcome: string | null) {
  if (resolution === 'resolved' || outcome === 'fixed') return 'Closed'
  if (resolution) return 'Escalated'
  return 'New'
}

/** The Case fields for these facts: Subject, Description, Status, Origin and mapped custom fields. */
export function caseFields(
  facts: CaseFacts,
  origin: string | null,
  map: Partial<Record<SalesforceField, string>>,
): SalesforceCase {
  const s = facts.session
  const values: Record<SalesforceField, string | number | null> = {
    sessionId: s.id,
    product: s.productName,
    serial: s.serial,
    procedure: s.procedureTitle,
    version: s.version,
    step: facts.stuckStep,
    path: s.path.join(' → '),
    outcome: facts.outcome,
    resolution: facts.resolution,
    notes: facts.notes || null,
    link: s.url,
  }
  const lines = [
    `Product: ${s.productName} (${s.productId})`,
    `Serial number: ${s.serial ?? 'not given'}`,
    `Procedure: ${s.procedureTitle} (${s.procedureId}), version ${s.version}`,
    `Stuck at: ${facts.stuckStep ?? 'no step'}`,
    `Path taken: ${s.path.length ? s.path.join(' → ') : 'none'}`,
    `Outcome: ${facts.outcome ?? 'open'}`,
    `Resolution: ${facts.resolution ?? 'none yet'}`,
    `Notes: ${facts.notes || 'none'}`,
    `Session: ${s.url}`,
  ]
  const fields: SalesforceCase = {
    Subject: `${s.productName}: ${s.procedureTitle}`.slice(0, 255),
    Description: lines.join('\n').slice(0, 32_000),
    Status: caseStatus(facts.resolution, facts.outcome),
  }
  if (origin) fields.Origin = origin
  for (const [key, field] of Object.entries(map)) {
    const k = SalesforceFieldSchema.parse(key)
    fields[field] = values[k]
  }
  return fields
}
