import { z } from 'zod'
import { DeviceModeSchema } from './session'

/** What the customer's guide knows when they ask for help; the server adds product and version. */
export const HelpRequestSchema = z.object({
  stepId: z.string().min(1).max(80),
  timeOnStepMs: z.number().int().min(0).max(86_400_000),
  path: z.array(z.string().min(1).max(80)).max(500),
  mode: DeviceModeSchema,
  reason: z.enum(['asked', 'dwell', 'back_and_forth']).default('asked'),
  note: z.string().max(500).optional(),
})

export const CloseEscalationSchema = z.object({
  resolution: z.enum(['resolved', 'unresolved', 'dispatch_technician']),
  notes: z.string().max(5000).default(''),
})

export type HelpRequest = z.infer<typeof HelpRequestSchema>
export type Resolution = z.infer<typeof CloseEscalationSchema>['resolution']

/** The snapshot an agent sees: where the customer is, and how they got there. */
export const EscalationContextSchema = HelpRequestSchema.extend({
  productId: z.string(),
  productName: z.string(),
  procedureId: z.string(),
  procedureTitle: z.string(),
  version: z.number().int(),
  stepTitle: z.string(),
  stepIndex: z.number().int(),
  serial: z.string().nullable(),
  /** The language the customer's guide is in (BCP 47); absent on escalations from before. */
  language: z.string().nullable().optional(),
})
export type EscalationContext = z.infer<typeof EscalationContextSchema>

/** How a closed escalation settles the session's outcome when the customer gave none. */
export function outcomeForResolution(r: Resolution): 'fixed' | 'not_fixed' | 'escalated' {
  return r === 'resolved' ? 'fixed' : r === 'unresolved' ? 'not_fixed' : 'escalated'
}
