import * as z from 'zod/mini'

/**
 * Agent presence: the status an agent chooses in the console (`online`, `away`, `offline`). They
 * count as online, and so as someone a customer can reach now, only while that status is `online`
 * and a console socket of theirs is open on some instance. zod/mini: the customer's guide reads
 * the availability these give.
 */
export const AGENT_STATUSES = ['online', 'away', 'offline'] as const
export const AgentStatusSchema = z.enum(AGENT_STATUSES)
export type AgentStatus = z.infer<typeof AgentStatusSchema>

/** `PUT /api/agent/presence`. */
export const SetPresenceSchema = z.object({ status: AgentStatusSchema })

/** `GET /api/availability` and the `availability` realtime message: can a customer get help now? */
export const AvailabilitySchema = z.object({ agentsOnline: z.int().check(z.minimum(0)) })
export type Availability = z.infer<typeof AvailabilitySchema>

/** `GET`/`PUT /api/agent/presence`: what the agent chose, what holds now, and who is online. */
export const MyPresenceSchema = z.object({
  status: AgentStatusSchema,
  effective: AgentStatusSchema,
  agentsOnline: z.int().check(z.minimum(0)),
})

/** With no closed call to learn from yet: a call is taken to last five minutes. */
export const DEFAULT_HANDLING_SECONDS = 300
/** Even with an agent free, accepting takes a moment. */
export const MIN_WAIT_SECONDS = 30

export type WaitInputs = {
  /** 1 = next in the queue. */
  position: number
  agentsOnline: number
  /** Calls in progress, each holding an agent. */
  activeCalls: number
  /** How long recent calls took, accept to close, in seconds. */
  handlingSeconds: number[]
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/**
 * An honest wait: null when no agent is online (nobody will come, whatever the place in the queue).
 * Otherwise the calls and customers ahead that must finish before an agent is free for this one,
 * shared among the agents online, times the median length of recent calls; at least a moment.
 */
export function estimateWaitSeconds(q: WaitInputs): number | null {
  if (q.position <= 0) return 0
  if (q.agentsOnline <= 0) return null
  const handling = median(q.handlingSeconds) ?? DEFAULT_HANDLING_SECONDS
  const ahead = q.activeCalls + q.position - q.agentsOnline
  if (ahead <= 0) return MIN_WAIT_SECONDS
  return Math.max(MIN_WAIT_SECONDS, Math.round((handling * ahead) / q.agentsOnline))
}
