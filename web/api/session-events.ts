import type { SessionEvent } from '../../server/domain/session'
import { client, ok } from './client'

/**
 * Sends a batch of session events (at most 500). The server checks each on its own and answers one
 * result per event, in the order sent: stored, duplicate (stored before) or rejected with a reason;
 * the answer is parsed here (EventBatchResultSchema). `keepalive` lets the request outlive a closing page.
 */
export async function postEvents(
  id: string,
  token: string,
  events: SessionEvent[],
  options: { keepalive?: boolean } = {},
) {
  const body = await ok(
    client.api.sessions[':id'].events.$post(
      { param: { id }, json: { events } },
      {
        headers: { Authorization: `Bearer ${token}` },
        ...(options.keepalive ? { init: { keepalive: true } } : {}),
      },
    ),
  )
  const { EventBatchResultSchema } = await loadAnswerSchema()
  return EventBatchResultSchema.parse(body)
}

let schema: Promise<typeof import('../../server/domain/event-batch')> | null = null

/**
 * The answer's schema (zod/mini, ~17 kB gzip) is its own chunk, kept off the guide's first paint.
 * Whoever will send events loads it ahead (the outbox when it opens), so a network that drops right
 * after an answer cannot leave that answer unread; a failed load is tried again on the next call.
 */
export function loadAnswerSchema() {
  schema ??= import('../../server/domain/event-batch').catch((err: unknown) => {
    schema = null
    throw err
  })
  return schema
}
