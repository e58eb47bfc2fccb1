import { z } from 'zod'

/**
 * The analytics export for BI: one tidy table per file (a row per session, per event, per
 * escalation; a column per variable), as CSV or NDJSON. These schemas are the rows' contract: the
 * server builds rows through them and NDJSON lines parse with them.
 */
export const EXPORT_TABLES = ['sessions', 'events', 'escalations'] as const
export const ExportTableSchema = z.enum(EXPORT_TABLES, 'Not an exported table.')
export type ExportTable = z.infer<typeof ExportTableSchema>

export const ExportParamSchema = z.object({ table: ExportTableSchema })
export const ExportQuerySchema = z
  .object({
    format: z.enum(['csv', 'ndjson'], 'Use csv or ndjson.').default('csv'),
    procedureId: z.string().min(1).max(200).optional(),
    /** The content language the sessions were served in (BCP 47, as recorded at session start). */
    language: z.string().min(2).max(35).optional(),
    /** UTC days, both included: sessions by start, events by client time, escalations by request. */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to.',
    path: ['from'],
  })
export type ExportQuery = z.infer<typeof ExportQuerySchema>

const Iso = z.string()
export const SessionRowSchema = z.object({
  session_id: z.string(),
  product_id: z.string(),
  procedure_id: z.string(),
  version: z.number().int(),
  mode: z.enum(['immersive-ar', 'inline']),
  serial: z.string().nullable(),
  /** The content language served at session start (BCP 47); null for sessions from before. */
  language: z.string().nullable(),
  outcome: z.enum(['fixed', 'not_fixed', 'abandoned', 'escalated']).nullable(),
  current_step_id: z.string().nullable(),
  started_at: Iso,
  last_seen_at: Iso,
  ended_at: Iso.nullable(),
})
export const EventRowSchema = z.object({
  event_id: z.string(),
  session_id: z.string(),
  procedure_id: z.string(),
  version: z.number().int(),
  type: z.string(),
  step_id: z.string().nullable(),
  at: Iso,
  received_at: Iso,
  /** The event's own data as JSON text (null when it had none). */
  data: z.string().nullable(),
})
export const EscalationRowSchema = z.object({
  escalation_id: z.string(),
  session_id: z.string(),
  procedure_id: z.string(),
  version: z.number().int(),
  status: z.enum(['waiting', 'active', 'closed', 'cancelled']),
  resolution: z.enum(['resolved', 'unresolved', 'dispatch_technician']).nullable(),
  agent_email: z.string().nullable(),
  requested_at: Iso,
  accepted_at: Iso.nullable(),
  closed_at: Iso.nullable(),
  wait_seconds: z.number().nullable(),
  notes: z.string(),
})

export const ROW_SCHEMAS = {
  sessions: SessionRowSchema,
  events: EventRowSchema,
  escalations: EscalationRowSchema,
} as const

/** Column order of each table, as in its schema. */
export const COLUMNS: Record<ExportTable, string[]> = {
  sessions: Object.keys(SessionRowSchema.shape),
  events: Object.keys(EventRowSchema.shape),
  escalations: Object.keys(EscalationRowSchema.shape),
}

/** Any exported row: what one NDJSON line of some table parses as. */
export const ExportRowSchema = z.union([SessionRowSchema, EventRowSchema, EscalationRowSchema])
