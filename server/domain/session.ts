import { z } from 'zod'
import { IdSchema } from './procedure'
import { findUnstorable } from './storable'

export const DeviceModeSchema = z.enum(['immersive-ar', 'inline'])
export const OutcomeSchema = z.enum(['fixed', 'not_fixed', 'abandoned', 'escalated'])

export const StartSessionSchema = z.object({
  procedureId: IdSchema,
  mode: DeviceModeSchema,
  serial: z.string().min(1).max(120).optional(),
  language: z
    .string()
    .max(200)
    .optional()
    .describe(
      'Content language wanted (BCP 47 tag or an Accept-Language list); without it, the Accept-Language header',
    ),
})

export const EventTypeSchema = z.enum([
  'recognized',
  'placed',
  'step_view',
  'step_complete',
  'step_back',
  'check_answer',
  'stuck',
  'help_requested',
  'mode_changed',
  'outcome',
])

/** The most an event's `data` may hold, serialized: telemetry facts, not documents. */
const MAX_DATA_CHARS = 8192

/**
 * One client event; `id` is a client-made UUID, so a retried batch is counted once. Everything
 * that passes is storable: PostgreSQL has no year 0, and `data` holds no text it would refuse.
 */
export const SessionEventSchema = z
  .object({
    id: z.uuid(),
    type: EventTypeSchema,
    at: z.iso
      .datetime({ offset: true })
      .refine((v) => !v.startsWith('0000'), 'must be a time from year 1 on'),
    stepId: z.string().min(1).max(80).optional(),
    data: z.record(z.string(), z.unknown()).optional(),
  })
  .superRefine((e, ctx) => {
    const bad = findUnstorable(e, 8)
    if (bad) ctx.addIssue({ code: 'custom', path: bad.path.split('.'), message: bad.problem })
    else if (e.data && JSON.stringify(e.data).length > MAX_DATA_CHARS)
      ctx.addIssue({
        code: 'custom',
        path: ['data'],
        message: `must be at most ${MAX_DATA_CHARS} characters as JSON`,
      })
  })

/**
 * A batch as it arrives. Each event is checked on its own (`SessionEventSchema`): the bad ones are
 * refused with their reasons and the rest stored, so one bad event never costs the others.
 */
export const EventBatchSchema = z.object({ events: z.array(z.unknown()).min(1).max(500) })

export const OutcomeBodySchema = z.object({ outcome: z.enum(['fixed', 'not_fixed']) })

export type DeviceMode = z.infer<typeof DeviceModeSchema>
export type SessionEvent = z.infer<typeof SessionEventSchema>
