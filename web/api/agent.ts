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

export async function closeEscalation(
  id: string,
  resolution: 'resolved' | 'unresolved' | 'dispatch_technician',
  notes: string,
) {
  return ok(
    client.api.agent.escalations[':id'].close.$post({ param: { id }, json: { resolution, notes } }),
  )
}

export type QueueEntry = Awaited<ReturnType<typeof getQueue>>[number]
export type EscalationDetail = Awaited<ReturnType<typeof getEscalationDetail>>
