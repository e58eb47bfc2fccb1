import { z } from 'zod'
import { ProcedureBase } from './procedure'
import { DeviceModeSchema, OutcomeSchema } from './session'
import { EscalationStatusSchema } from './support-api'

/**
 * A published version as customers get it (`GET /api/procedures/:id`, a session's procedure):
 * the procedure in the language negotiated from `?lang=` or `Accept-Language`, with its version
 * facts. `language` is the language of these texts; `sourceLanguage` the one it was written in.
 */
export const PublishedProcedureSchema = ProcedureBase.extend({
  language: z
    .string()
    .describe(
      'BCP 47 tag of the language of these texts: an up-to-date translation, or the source language',
    ),
  sourceLanguage: z.string().describe('BCP 47 tag of the language the procedure is written in'),
  version: z.number().int().min(1).describe('The published version'),
  publishedAt: z.string().describe('When the version was published (ISO 8601)'),
  changeNote: z.string(),
})

export type PublishedProcedure = z.infer<typeof PublishedProcedureSchema>

/** `?lang=` in the OpenAPI document: optional, read beside the validated parameters. */
export const LANG_PARAMETER = {
  name: 'lang',
  in: 'query',
  required: false,
  description:
    'Content language wanted (BCP 47, e.g. "de" or "de-CH, fr;q=0.5"); overrides Accept-Language',
  schema: { type: 'string', maxLength: 200 },
}

const Iso = z.iso.datetime({ offset: true })
/** `POST /api/sessions`: the session, the capability token for it, and its procedure version. */
export const SessionStartedSchema = z.object({
  id: z.uuid(),
  token: z.string().min(1),
  procedure: PublishedProcedureSchema,
})
/** `GET /api/sessions/:id`: where the repair stands, its procedure and any open help request. */
export const SessionStateSchema = z.object({
  id: z.uuid(),
  productId: z.string(),
  procedureId: z.string(),
  version: z.number().int().min(1),
  mode: DeviceModeSchema,
  serial: z.string().nullable(),
  currentStepId: z.string().nullable(),
  outcome: OutcomeSchema.nullable(),
  createdAt: Iso,
  procedure: PublishedProcedureSchema.nullable(),
  escalation: z.object({ id: z.uuid(), status: EscalationStatusSchema, createdAt: Iso }).nullable(),
})
/** `POST /api/sessions/:id/outcome`. */
export const OutcomeRecordedSchema = z.object({ id: z.uuid(), outcome: OutcomeSchema })
