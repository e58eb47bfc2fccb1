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
 * Tells agents the queue changed and every waiting customer their new place. Messages carry ids and
 * small numbers only, so they fit a NOTIFY payload; clients read details over HTTP.
 */
export async function announceQueueChange(deps: Deps, escalationId: string) {
  await deps.hub.publish('queue', { type: 'queue_changed', escalationId })
  await announcePositions(deps)
}

/** Every waiting customer's place, the agents online and an honest wait. */
async function announcePositions(deps: Deps) {
  const { staleMs } = presenceTiming(deps.env)
  const [waiting, inputs] = await Promise.all([
    waitingEscalations(deps.db),
    waitInputs(deps.db, staleMs),
  ])
  await Promise.all(
    waiting.map((e, i) =>
      deps.hub.publish(`session:${e.sessionId}`, {
        type: 'queue_position',
        escalationId: e.id,
        position: i + 1,
        estimatedWaitSeconds: estimateWaitSeconds({ position: i + 1, ...inputs }),
        agentsOnline: inputs.agentsOnline,
      }),
    ),
  )
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
