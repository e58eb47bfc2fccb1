import type { Deps } from '../context'
import {
  type CallMessage,
  ClientMessageSchema,
  type DirectMessageInput,
  type RoomPayloadInput,
  refusalReason,
} from '../domain/realtime'
import { fieldErrors } from '../errors'
import { getEscalation } from '../services/escalations'
import type { Peer } from './hub'

type Reply = (message: DirectMessageInput) => void

/**
 * Handles one WebSocket message. Call messages (signals, marks, step moves, chat) pass only between
 * the escalation's own customer and its assigned agent while it is active; the other side is reached
 * over the bus, so it may be connected to another instance. A message that is not JSON or not one
 * of ClientMessageSchema is answered with an error saying why; the socket stays open.
 */
export async function handleMessage(deps: Deps, peer: Peer, raw: string, reply: Reply) {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return reply({
      type: 'error',
      code: 'malformed_json',
      message: 'Messages are JSON objects with a "type".',
    })
  }
  const parsed = ClientMessageSchema.safeParse(json)
  if (!parsed.success)
    return reply({
      type: 'error',
      code: 'invalid_message',
      message: refusalReason(parsed.error.issues),
      fields: fieldErrors(parsed.error),
    })
  const msg = parsed.data
  if (msg.type === 'ping') return reply({ type: 'pong' })
  const e = await getEscalation(deps.db, msg.escalationId)
  const mine =
    e &&
    e.status === 'active' &&
    (peer.kind === 'customer' ? e.sessionId === peer.sessionId : e.agentId === peer.userId)
  if (!e || !mine)
    return reply({
      type: 'error',
      code: 'not_in_call',
      escalationId: msg.escalationId,
      message: 'You are not part of this call.',
    })
  if (msg.type === 'goto_step' && peer.kind === 'customer')
    return reply({
      type: 'error',
      code: 'forbidden',
      message: 'Only the agent moves the customer to a step.',
    })
  const from = peer.kind === 'customer' ? 'customer' : 'agent'
  const to = peer.kind === 'customer' ? `user:${e.agentId}` : `session:${e.sessionId}`
  await deps.hub.publish(to, forward(msg, from))
}

function forward(msg: CallMessage, from: 'customer' | 'agent'): RoomPayloadInput {
  return { ...msg, from }
}
