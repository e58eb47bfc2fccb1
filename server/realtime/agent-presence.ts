import { sql } from 'drizzle-orm'
import type { Deps } from '../context'
import { log } from '../ops/log'
import {
  chosenStatus,
  liveSockets,
  socketClosed,
  socketOpened,
  socketsSeen,
  sweepSockets,
} from '../services/presence'
import { announceAvailability, presenceTiming } from './queue-events'

/**
 * An agent console's socket opened here: recorded in the database (so every instance counts it),
 * and when it is the member's first and they chose `online`, customers hear an agent is online.
 */
export async function agentSocketOpened(deps: Deps, socketId: string, userId: string) {
  await socketOpened(deps.db, socketId, userId)
  await announceIfTurned(deps, userId, 1)
}

/** Their last console closed: offline, whatever they chose; customers hear it. */
export async function agentSocketClosed(deps: Deps, socketId: string, userId: string) {
  await socketClosed(deps.db, socketId)
  await announceIfTurned(deps, userId, 0)
}

async function announceIfTurned(deps: Deps, userId: string, turnsAt: number) {
  const { staleMs } = presenceTiming(deps.env)
  const [sockets, chosen] = await Promise.all([
    liveSockets(deps.db, userId, staleMs),
    chosenStatus(deps.db, userId),
  ])
  if (sockets === turnsAt && chosen === 'online') await announceAvailability(deps)
}

/**
 * Keeps agent presence true across instances: every round, each instance stamps the agent sockets
 * open on it (recording again any a sweep took while it could not); sockets not stamped for three
 * rounds (their instance died) are removed by whichever instance gets there first, and customers
 * hear the new count. After the database was unreachable nobody could stamp: sweeping waits two
 * healthy rounds, so every instance has stamped its sockets again first.
 */
export class AgentPresence {
  private timer: NodeJS.Timeout | null = null
  private running = false
  private healthySince: number | null = null

  constructor(private readonly deps: Deps) {}

  start() {
    this.timer = setInterval(() => void this.tick(), presenceTiming(this.deps.env).tickMs)
    this.timer.unref()
    return this
  }

  stop() {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  async tick() {
    if (this.running) return
    this.running = true
    try {
      const { tickMs, staleMs } = presenceTiming(this.deps.env)
      const back = await socketsSeen(this.deps.db, this.deps.hub.agentSockets())
      if (this.healthySince === null) {
        await this.deps.db.execute(sql`select 1`)
        this.healthySince = Date.now()
      }
      const gone =
        Date.now() - this.healthySince >= 2 * tickMs ? await sweepSockets(this.deps.db, staleMs) : 0
      if (back || gone > 0) await announceAvailability(this.deps)
    } catch (e) {
      this.healthySince = null
      log.error(`agent presence: ${e instanceof Error ? e.message : e}`)
    } finally {
      this.running = false
    }
  }
}
