import type { Resolution } from '../../server/domain/escalation'
import type { AgentStatus } from '../../server/domain/presence'
import { client, ok } from './client'

/** Waiting (oldest first) and active escalations with the customer's context. */
export async function getQueue() {
  return (await ok(client.api.agent.queue.$get())).escalations
}

/** Takes a waiting customer; ApiError 409 `already_taken` when another agent was first. */
export async function acceptEscalation(id: string) {
  return ok(client.api.agent.escalations[':id'].accept.$post({ param: { id } }))
}

/** The escalation with its procedure version and the customer's event timeline. */
export async function getEscalationDetail(id: string) {
  return ok(client.api.agent.escalations[':id'].$get({ param: { id } }))
}

export async function closeEscalation(id: string, resolution: Resolution, notes: string) {
  return ok(
    client.api.agent.escalations[':id'].close.$post({ param: { id }, json: { resolution, notes } }),
  )
}

export type QueueEntry = Awaited<ReturnType<typeof getQueue>>[number]
export type EscalationDetail = Awaited<ReturnType<typeof getEscalationDetail>>

/** Open and claimed callback requests, soonest window first, with the customer's context. */
export async function getCallbacks() {
  return (await ok(client.api.agent.callbacks.$get())).callbacks
}

/** Takes a callback; ApiError 409 `already_taken` when another agent was first. */
export async function claimCallback(id: string) {
  return ok(client.api.agent.callbacks[':id'].claim.$post({ param: { id } }))
}

/** Records the callback's result, as a call is closed. */
export async function closeCallback(id: string, resolution: Resolution, notes: string) {
  return ok(
    client.api.agent.callbacks[':id'].close.$post({ param: { id }, json: { resolution, notes } }),
  )
}

/** The agent's own presence and the number of agents online. */
export async function getPresence() {
  return ok(client.api.agent.presence.$get())
}

export async function setPresence(status: AgentStatus) {
  return ok(client.api.agent.presence.$put({ json: { status } }))
}

export type CallbackEntry = Awaited<ReturnType<typeof getCallbacks>>[number]
export type Presence = Awaited<ReturnType<typeof getPresence>>
