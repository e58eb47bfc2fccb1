import type { Deps } from '../context'
import { estimateWaitSeconds } from '../domain/escalation'
import { recentWaits, waitingEscalations } from '../services/escalations'

/**
 * Tells agents the queue changed (room `queue`: an id, they read details over HTTP) and every
 * waiting customer their new place: one message with the whole order on room `waiting`, which each
 * instance hands out as one `queue_position` per waiting customer's socket (Hub).
 */
export async function announceQueueChange(deps: Deps, escalationId: string) {
  await deps.hub.publish('queue', { type: 'queue_changed', escalationId })
  const [waiting, waits] = await Promise.all([waitingEscalations(deps.db), recentWaits(deps.db)])
  await deps.hub.publish('waiting', {
    type: 'queue_order',
    waiting: waiting.map((e, i) => ({
      escalationId: e.id,
      sessionId: e.sessionId,
      estimatedWaitSeconds: estimateWaitSeconds(i + 1, waits),
    })),
  })
}
