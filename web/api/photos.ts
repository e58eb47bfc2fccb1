import type { PhotoStage } from '../../server/domain/photo'
import { errorFromResponse } from './api-error'
import { client, ok } from './client'

// The answers' schemas (zod/mini) load with the first answer: the customer's guide imports this
// module, and its first step card is painted without them.
const schemas = () => import('../../server/domain/photo')

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

/**
 * Adds a photo to the repair session (the picture as the raw body); ApiError 413
 * `payload_too_large`, 415 `unsupported_media_type`, 422 `invalid_image`, 409 `too_many_photos`,
 * 429 `rate_limited`.
 */
export async function uploadPhoto(
  sessionId: string,
  token: string,
  image: Blob,
  where: { stage: PhotoStage; stepId?: string },
) {
  const res = await client.api.sessions[':id'].photos.$post(
    { param: { id: sessionId }, query: where.stepId ? where : { stage: where.stage } },
    {
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': image.type || 'image/jpeg' },
      init: { body: image },
    },
  )
  if (!res.ok) throw await errorFromResponse(res)
  const body: unknown = await res.json()
  return (await schemas()).PhotoCreatedSchema.parse(body).photo
}

/** The session's photos, oldest first. */
export async function listMyPhotos(sessionId: string, token: string) {
  const body = await ok(
    client.api.sessions[':id'].photos.$get({ param: { id: sessionId } }, auth(token)),
  )
  return (await schemas()).PhotoListSchema.parse(body).photos
}

/** A photo's image for the customer: fetched with the session token, which an <img> cannot send. */
export async function fetchMyPhoto(sessionId: string, token: string, photoId: string) {
  const res = await client.api.sessions[':id'].photos[':photoId'].$get(
    { param: { id: sessionId, photoId } },
    auth(token),
  )
  if (!res.ok) throw await errorFromResponse(res)
  return res.blob()
}

/** The photos of an escalation's repair session, for the agent. */
export async function listEscalationPhotos(escalationId: string) {
  const body = await ok(
    client.api.agent.escalations[':id'].photos.$get({ param: { id: escalationId } }),
  )
  return (await schemas()).PhotoListSchema.parse(body).photos
}

/** Where the agent's page loads a photo (the staff cookie authenticates it). */
export function escalationPhotoUrl(escalationId: string, photoId: string) {
  return client.api.agent.escalations[':id'].photos[':photoId'].$path({
    param: { id: escalationId, photoId },
  })
}

/** A procedure's photos for analytics (one version or all). */
export async function listProcedurePhotos(procedureId: string, version?: number) {
  const body = await ok(
    client.api.studio.procedures[':id'].photos.$get({
      param: { id: procedureId },
      query: version === undefined ? {} : { version: String(version) },
    }),
  )
  return (await schemas()).PhotoListSchema.parse(body).photos
}

/** Where the studio loads a photo (the staff cookie authenticates it). */
export function procedurePhotoUrl(procedureId: string, photoId: string) {
  return client.api.studio.procedures[':id'].photos[':photoId'].$path({
    param: { id: procedureId, photoId },
  })
}
