import type { EventResult } from '../../../../server/domain/event-batch'
import { ApiError } from '../../../api/api-error'
import { postEvents } from '../../../api/session-events'
import { deleteEvents, type QueuedEvent, readQueue } from './outbox-db'
import { onFailure, type SendFailure, sendPolicy, settle } from './send-policy'

/** How a send ended: the queue is empty (or what is left waits for a full batch), or why not. */
export type SendOutcome = 'sent' | Exclude<SendFailure, 'split'>

/**
 * Sends a session's queued events, oldest first, batch after batch until the queue is empty (one
 * small batch only with `keepalive`). Call it holding the send lock (`withSendLock`), so no other
 * tab sends the same events meanwhile. Each event is removed as the server's answer for it says:
 * stored or duplicate (delivered) or rejected (it can never be stored: dropped, with a warning);
 * an event the answer does not cover stays queued.
 */
export async function sendQueue(
  sessionId: string,
  token: string,
  options: { keepalive?: boolean } = {},
): Promise<SendOutcome> {
  const max = options.keepalive ? sendPolicy.maxKeepaliveBatch : sendPolicy.maxBatch
  for (;;) {
    const batch = await readQueue(sessionId, max)
    if (batch.length === 0) return 'sent'
    const outcome = await deliver(sessionId, token, batch, options)
    if (outcome !== 'sent') return outcome
    if (batch.length < max || options.keepalive) return 'sent'
  }
}

/**
 * One batch. A whole batch refused with a 4xx that says nothing per event (too large, malformed)
 * is split in halves and each sent again, so only the events at fault are ever dropped.
 */
async function deliver(
  sessionId: string,
  token: string,
  batch: QueuedEvent[],
  options: { keepalive?: boolean },
): Promise<SendOutcome> {
  let results: EventResult[]
  try {
    results = (
      await postEvents(
        sessionId,
        token,
        batch.map((q) => q.event),
        options,
      )
    ).results
  } catch (err) {
    const action = onFailure(err instanceof ApiError ? err.status : 0)
    if (action !== 'split') return action
    if (batch.length === 1) {
      console.warn('The server refused a repair event; it is dropped.', batch[0]?.event, err)
      await deleteEvents(batch.map((q) => q.event.id))
      return 'sent'
    }
    const half = Math.ceil(batch.length / 2)
    const first = await deliver(sessionId, token, batch.slice(0, half), options)
    if (first !== 'sent') return first
    return deliver(sessionId, token, batch.slice(half), options)
  }
  const { delivered, dropped, kept } = settle(
    batch.map((q) => q.event.id),
    results,
  )
  for (const r of results)
    if (r.status === 'rejected')
      console.warn(`The server refused a repair event (${r.reason}); it is dropped.`, r.id)
  await deleteEvents([...delivered, ...dropped])
  return kept.length === 0 ? 'sent' : 'retry'
}
