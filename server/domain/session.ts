import { z } from 'zod'
import { IdSchema } from './procedure'

export const DeviceModeSchema = z.enum(['immersive-ar', 'inline'])
export const OutcomeSchema = z.enum(['fixed', 'not_fixed', 'abandoned', 'escalated'])

export const StartSessionSchema = z.object({
  procedureId: IdSchema,
  mode: DeviceModeSchema,
  serial: z.string().min(1).max(120).optional(),
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

/** One client event; `id` is a client-made UUID, so a retried batch is counted once. */
export const SessionEventSchema = z.object({
  id: z.uuid(),
  type: EventTypeSchema,
  at: z.iso.datetime({ offset: true }),
  stepId: z.string().min(1).max(80).optional(),
  data: z.record(z.string(), z.unknown()).optional(),
})

export const EventBatchSchema = z.object({ events: z.array(SessionEventSchema).min(1).max(500) })

export const OutcomeBodySchema = z.object({ outcome: z.enum(['fixed', 'not_fixed']) })

export type DeviceMode = z.infer<typeof DeviceModeSchema>
export type SessionEvent = z.infer<typeof SessionEventSchema>
