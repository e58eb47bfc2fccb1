import type { Deps } from '../context'
import { estimateWaitSeconds } from '../domain/presence'
import type { Env } from '../env'
import { waitingEscalations } from '../services/escalations'
import { agentsOnline, waitInputs } from '../services/presence'

/**
 * How often each instance stamps what is connected to it (customers waiting, agent consoles): a
 * quarter of the queue's grace period, 1 s to 10 s. An agent socket no instance has stamped for
 * three rounds is gone (its instance died).
 */
export function presenceTiming(env: Pick<Env, 'QUEUE_GRACE_SECONDS'>) {
  const tickMs = Math.min(10_000, Math.max(1000, (env.QUEUE_GRACE_SECONDS * 1000) / 4))
  return { tickMs, staleMs: 3 * tickMs }
}

/**
 * Tells agents the queue changed (room `queue`: an id, they read details over HTTP) and every
 * waiting customer their new place (announcePositions).
 */
export async function announceQueueChange(deps: Deps, escalationId: string) {
  await deps.hub.publish('queue', { type: 'queue_changed', escalationId })
  await announcePositions(deps)
}

/**
 * Every waiting customer's place, the agents online and an honest wait: one message with the whole
 * order on room `waiting`, which each instance hands out as one `queue_position` per waiting
 * customer's socket it holds (Hub), so a change costs one bus message whatever the queue's length.
 */
async function announcePositions(deps: Deps) {
  const { staleMs } = presenceTiming(deps.env)
  const [waiting, inputs] = await Promise.all([
    waitingEscalations(deps.db),
    waitInputs(deps.db, staleMs),
  ])
  await deps.hub.publish('waiting', {
    type: 'queue_order',
    agentsOnline: inputs.agentsOnline,
    waiting: waiting.map((e, i) => ({
      escalationId: e.id,
      sessionId: e.sessionId,
      estimatedWaitSeconds: estimateWaitSeconds({ position: i + 1, ...inputs }),
    })),
  })
}

/**
 * The number of agents online changed (one came online, went away, or their last console
 * closed): every customer's help entry and every waiting customer's estimate hear it.
 */
export async function announceAvailability(deps: Deps) {
  const online = await agentsOnline(deps.db, presenceTiming(deps.env).staleMs)
  await deps.hub.publish('availability', { type: 'availability', agentsOnline: online })
  await announcePositions(deps)
}
