import * as z from 'zod/mini'

/*
 * The answer to an events batch, parsed by the guide on every phone: written with zod/mini, which
 * the client bundles in about 7 kB (gzip) where full zod would add about 90 kB to the guide.
 */

/** What became of one event of a batch. */
export const EventResultSchema = z.discriminatedUnion('status', [
  /** New: stored now. */
  z.object({ status: z.literal('stored'), id: z.string() }),
  /** Stored before (a resend): nothing changed. */
  z.object({ status: z.literal('duplicate'), id: z.string() }),
  /** Not valid, so never storable: the client drops it. `id` as sent, when it was a string. */
  z.object({
    status: z.literal('rejected'),
    id: z.nullable(z.string()),
    reason: z.string(),
    fields: z.record(z.string(), z.array(z.string())),
  }),
])

const Count = z.number().check(z.int(), z.minimum(0))

/** The answer to a batch: counts, and one result per event in the order they were sent. */
export const EventBatchResultSchema = z.object({
  accepted: Count,
  duplicates: Count,
  rejected: Count,
  results: z.array(EventResultSchema),
})

export type EventResult = z.infer<typeof EventResultSchema>
export type EventBatchResult = z.infer<typeof EventBatchResultSchema>
