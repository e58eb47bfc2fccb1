import { errorFromResponse } from './api-error'
import { client, ok } from './client'

// The answers' schemas (zod/mini) load with the first answer: the customer's guide imports this
// module, and its first step card is painted without them.
const schemas = () => import('../../server/domain/snapshot')

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

/**
 * Sends the agent's composed snapshot (the image as the raw body) to the customer in the call;
 * ApiError 403 `not_your_escalation`, 409 `not_active`, 413 `payload_too_large`, 415, 422.
 */
export async function sendSnapshot(escalationId: string, image: Blob) {
  const body = await ok(
    client.api.agent.escalations[':id'].snapshots.$post(
      { param: { id: escalationId } },
      { headers: { 'Content-Type': image.type }, init: { body: image } },
    ),
  )
  return (await schemas()).SnapshotSchema.parse(body.snapshot)
}

/** The escalation's snapshots, oldest first (the agent's history). */
export async function listEscalationSnapshots(escalationId: string) {
  const body = await ok(
    client.api.agent.escalations[':id'].snapshots.$get({ param: { id: escalationId } }),
  )
  return (await schemas()).SnapshotListSchema.parse(body).snapshots
}

/** Where the agent's page loads a snapshot's image (the staff cookie authenticates it). */
export function escalationSnapshotUrl(escalationId: string, snapshotId: string) {
  return client.api.agent.escalations[':id'].snapshots[':snapshotId'].$path({
    param: { id: escalationId, snapshotId },
  })
}

/** The snapshots the agents of this session sent, oldest first. */
export async function listSessionSnapshots(sessionId: string, token: string) {
  const body = await ok(
    client.api.sessions[':id'].snapshots.$get({ param: { id: sessionId } }, auth(token)),
  )
  return (await schemas()).SnapshotListSchema.parse(body).snapshots
}

/** A snapshot's image for the customer: fetched with the session token, which an <img> cannot send. */
export async function fetchSessionSnapshot(sessionId: string, token: string, snapshotId: string) {
  const res = await client.api.sessions[':id'].snapshots[':snapshotId'].$get(
    { param: { id: sessionId, snapshotId } },
    auth(token),
  )
  if (!res.ok) throw await errorFromResponse(res)
  return res.blob()
}
