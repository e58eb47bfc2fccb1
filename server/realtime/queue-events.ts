import type { Deps } from '../context'
import { estimateWaitSeconds } from '../domain/escalation'
import { recentWaits, waitingEscalations } from '../services/escalations'

/**
 * Tells agents the queue changed and every waiting customer their new place. Messages carry ids and
 * small numbers only, so they fit a NOTIFY payload; clients read details over HTTP.
 */
export async function announceQueueChange(deps: Deps, escalationId: string) {
  await deps.hub.publish('queue', { type: 'queue_changed', escalationId })
  const [waiting, waits] = await Promise.all([waitingEscalations(deps.db), recentWaits(deps.db)])
  await Promise.all(
    waiting.map((e, i) =>
      deps.hub.publish(`session:${e.sessionId}`, {
        type: 'queue_position',
        escalationId: e.id,
        position: i + 1,
        estimatedWaitSeconds: estimateWaitSeconds(i + 1, waits),
      }),
    ),
  )
}
