import type { CallbackRequestInput } from '../../server/domain/callback'
import type { HelpRequest } from '../../server/domain/escalation'
import { client, ok } from './client'

const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

/** Asks for an agent with the guide's context; asking again returns the open request. */
export async function requestHelp(sessionId: string, token: string, request: HelpRequest) {
  return ok(
    client.api.sessions[':id'].escalation.$post(
      { param: { id: sessionId }, json: request },
      auth(token),
    ),
  )
}

/** The open request: status, place in the queue, estimated wait, and ICE servers once active. */
export async function getHelp(sessionId: string, token: string) {
  return ok(client.api.sessions[':id'].escalation.$get({ param: { id: sessionId } }, auth(token)))
}

export async function cancelHelp(sessionId: string, token: string) {
  return ok(
    client.api.sessions[':id'].escalation.$delete({ param: { id: sessionId } }, auth(token)),
  )
}

export type HelpState = Awaited<ReturnType<typeof getHelp>>

/** Whether an agent is online now (anyone may ask; the help entry shows it). */
export async function getAvailability() {
  return ok(client.api.availability.$get())
}

/** Leaves a callback request with the repair's context; asking again returns the open one. */
export async function requestCallback(
  sessionId: string,
  token: string,
  request: CallbackRequestInput,
) {
  return ok(
    client.api.sessions[':id'].callback.$post(
      { param: { id: sessionId }, json: request },
      auth(token),
    ),
  )
}

/** The session's latest callback request, or null. */
export async function getCallback(sessionId: string, token: string) {
  return ok(client.api.sessions[':id'].callback.$get({ param: { id: sessionId } }, auth(token)))
}

export type CallbackView = NonNullable<Awaited<ReturnType<typeof getCallback>>['callback']>
