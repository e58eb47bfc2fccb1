import * as z from 'zod/mini'
import { CallStateSchema, MarkSchema } from './call-view'
import { SnapshotSchema } from './snapshot'

/*
 * The realtime contract: every message on `/api/ws`, both ways. The server parses what a socket
 * sends (ClientMessageSchema) and what the bus hands it to deliver (RoomPayloadSchema); the
 * browser parses every message it receives (ServerMessageSchema) before any handler sees it.
 * zod/mini, since the customer's guide bundles it (see event-batch.ts).
 */

const EscalationId = z.uuid()
const StepId = z.string().check(z.minLength(1), z.maxLength(80))
/** A peer connection's id (PeerCall makes 8 characters). */
const ConnectionId = z.string().check(z.maxLength(64))
/** Who sent a call message; the server adds it from the socket it came on. */
const FromSchema = z.enum(['customer', 'agent'])

/** An SDP description, as `RTCSessionDescription.toJSON()` gives it. */
const DescriptionSchema = z.object({
  type: z.enum(['offer', 'answer', 'pranswer', 'rollback']),
  sdp: z.optional(z.string().check(z.maxLength(100_000))),
})

/** An ICE candidate, as `RTCIceCandidate.toJSON()` gives it; null ends the candidates. */
const CandidateSchema = z.object({
  candidate: z.optional(z.string().check(z.maxLength(2000))),
  sdpMid: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
  sdpMLineIndex: z.optional(z.nullable(z.int().check(z.minimum(0), z.maximum(65_535)))),
  usernameFragment: z.optional(z.nullable(z.string().check(z.maxLength(256)))),
})

/**
 * One WebRTC signal of a call ("perfect negotiation"): a description or a candidate, the sending
 * connection's id (`cid`) and the one it is meant for (`to`), or a `hello` that asks the other side
 * to start afresh with this connection.
 */
export const SignalDataSchema = z.object({
  description: z.optional(z.nullable(DescriptionSchema)),
  candidate: z.optional(z.nullable(CandidateSchema)),
  cid: z.optional(ConnectionId),
  to: z.optional(z.nullable(ConnectionId)),
  hello: z.optional(z.literal(true)),
})
export type SignalData = z.infer<typeof SignalDataSchema>

const SignalSchema = z.object({
  type: z.literal('signal'),
  escalationId: EscalationId,
  data: SignalDataSchema,
})
/** A mark on the customer's view (agent → customer). */
const AnnotationSchema = z.object({
  type: z.literal('annotation'),
  escalationId: EscalationId,
  mark: MarkSchema,
})
/** The agent moves the customer to a step. */
const GotoStepSchema = z.object({
  type: z.literal('goto_step'),
  escalationId: EscalationId,
  stepId: StepId,
})
const ChatSchema = z.object({
  type: z.literal('chat'),
  escalationId: EscalationId,
  text: z.string().check(z.minLength(1), z.maxLength(2000)),
})

/**
 * Client → server. `ping` is answered with `pong`; the others are call messages of an active
 * escalation, passed on to its other side (the server adds `from`).
 */
export const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ping') }),
  SignalSchema,
  AnnotationSchema,
  GotoStepSchema,
  ChatSchema,
  CallStateSchema,
])
/** A message as parsed on the server. */
export type ClientMessage = z.infer<typeof ClientMessageSchema>
/** A message as a browser may send it: `RealtimeSocket.send` takes this. */
export type ClientMessageInput = z.input<typeof ClientMessageSchema>
/** The call messages, the ones passed on to the other side. */
export type CallMessage = Exclude<ClientMessage, { type: 'ping' }>

const from = { from: FromSchema }

/** Agents: the queue changed (read it over HTTP). Channel `queue`. */
const QueueChangedSchema = z.object({
  type: z.literal('queue_changed'),
  escalationId: EscalationId,
})
/**
 * A waiting customer's place in the queue, the agents online and an honest wait: null when no
 * agent is online, as nobody will come however short the queue. Room `waiting` (see QueueOrder).
 */
const QueuePositionSchema = z.object({
  type: z.literal('queue_position'),
  escalationId: EscalationId,
  position: z.int().check(z.minimum(1)),
  estimatedWaitSeconds: z.nullable(z.int().check(z.minimum(0))),
  agentsOnline: z.int().check(z.minimum(0)),
})
/** Customers: how many agents are online now. Channel `availability`. */
const AvailabilityMessageSchema = z.object({
  type: z.literal('availability'),
  agentsOnline: z.int().check(z.minimum(0)),
})
/**
 * A callback request arrived, was claimed or done (read it over HTTP): agents on channel `queue`;
 * the customer whose request an agent took, on `session:<id>`.
 */
const CallbacksChangedSchema = z.object({
  type: z.literal('callbacks_changed'),
  callbackId: z.uuid(),
})
/**
 * On the bus only (room `waiting`): the whole queue in order, with each place's wait. Published
 * once per change, whatever the queue's length; each instance turns it into one `queue_position`
 * for each of its waiting customers' sockets (Hub), so a change costs one bus message, not one per
 * customer.
 */
export const QueueOrderSchema = z.object({
  type: z.literal('queue_order'),
  agentsOnline: z.int().check(z.minimum(0)),
  waiting: z.array(
    z.object({
      escalationId: EscalationId,
      sessionId: z.string().check(z.minLength(1), z.maxLength(80)),
      estimatedWaitSeconds: z.nullable(z.int().check(z.minimum(0))),
    }),
  ),
})
export type QueueOrder = z.infer<typeof QueueOrderSchema>
/** The agent in the call: the customer added a photo (read it over HTTP). Channel `user:<id>`. */
const PhotoAddedSchema = z.object({
  type: z.literal('photo_added'),
  escalationId: EscalationId,
  photoId: z.uuid(),
})
const EscalationActiveSchema = z.object({
  type: z.literal('escalation'),
  escalationId: EscalationId,
  status: z.literal('active'),
  agentName: z.string().check(z.maxLength(200)),
})
const EscalationClosedSchema = z.object({
  type: z.literal('escalation'),
  escalationId: EscalationId,
  status: z.literal('closed'),
  resolution: z.enum(['resolved', 'unresolved', 'dispatch_technician']),
})
/** Nobody saw the waiting customer for the grace period: their request left the queue. */
const EscalationCancelledSchema = z.object({
  type: z.literal('escalation'),
  escalationId: EscalationId,
  status: z.literal('cancelled'),
  reason: z.literal('customer_left'),
})
/** The agent sent a snapshot; the customer fetches its image by id. Channel `session:<id>`. */
export const SnapshotMessageSchema = z.object({
  type: z.literal('snapshot'),
  escalationId: EscalationId,
  from: z.literal('agent'),
  snapshot: SnapshotSchema,
})
export type SnapshotMessage = z.infer<typeof SnapshotMessageSchema>

const ForwardedSignalSchema = z.extend(SignalSchema, from)
const ForwardedAnnotationSchema = z.extend(AnnotationSchema, from)
const ForwardedGotoStepSchema = z.extend(GotoStepSchema, from)
const ForwardedChatSchema = z.extend(ChatSchema, from)
const ForwardedCallStateSchema = z.extend(CallStateSchema, from)

/**
 * What is published to a room (a channel: `queue`, `waiting`, `session:<id>`, `user:<id>`,
 * `availability`) and delivered to
 * every socket listening on it, on every instance. The bus carries it as JSON; the hub parses it
 * again before it goes out.
 */
export const RoomPayloadSchema = z.discriminatedUnion('type', [
  QueueChangedSchema,
  QueueOrderSchema,
  AvailabilityMessageSchema,
  CallbacksChangedSchema,
  PhotoAddedSchema,
  /** The customer's escalation was accepted (`active`), closed, or cancelled by the queue. */
  z.discriminatedUnion('status', [
    EscalationActiveSchema,
    EscalationClosedSchema,
    EscalationCancelledSchema,
  ]),
  SnapshotMessageSchema,
  ForwardedSignalSchema,
  ForwardedAnnotationSchema,
  ForwardedGotoStepSchema,
  ForwardedChatSchema,
  ForwardedCallStateSchema,
  /**
   * On `user:<id>`: that staff member was deactivated; every instance closes their sockets (4401)
   * rather than delivering it.
   */
  z.object({ type: z.literal('signed_out') }),
])
/** What `Hub.publish` takes. */
export type RoomPayloadInput = z.input<typeof RoomPayloadSchema>
export type RoomPayload = z.infer<typeof RoomPayloadSchema>

/**
 * The envelope of a room message: its room and its number there, rising; a reconnecting socket
 * sends the last number it saw per room (`?resume=`) and gets what it missed, each once.
 */
const envelope = {
  channel: z.string().check(z.minLength(1), z.maxLength(200)),
  seq: z.int().check(z.minimum(0)),
}

/** Sent on this socket alone, first on every open: who the server took the socket to be. */
const HelloSchema = z.object({
  type: z.literal('hello'),
  kind: z.enum(['customer', 'agent', 'author', 'admin']),
  sessionId: z.nullable(z.string()),
})
const PongSchema = z.object({ type: z.literal('pong') })
/**
 * The answer to a message that could not be taken (sent to its socket alone, which stays open):
 * `code` to branch on, `message` to read, `fields` (path → reasons) when it did not parse, and the
 * escalation it was about when there was one.
 */
const ErrorMessageSchema = z.object({
  type: z.literal('error'),
  code: z.string().check(z.maxLength(80)),
  message: z.string().check(z.maxLength(2000)),
  escalationId: z.optional(EscalationId),
  fields: z.optional(z.record(z.string(), z.array(z.string()))),
})

/** Messages the server sends one socket directly (no room, no number). */
export const DirectMessageSchema = z.discriminatedUnion('type', [
  HelloSchema,
  PongSchema,
  ErrorMessageSchema,
])
export type DirectMessageInput = z.input<typeof DirectMessageSchema>

/**
 * Server → client: a direct message, or a room payload in its envelope (`channel`, `seq`). The
 * browser parses each one with this before any handler sees it.
 */
export const ServerMessageSchema = z.discriminatedUnion('type', [
  HelloSchema,
  PongSchema,
  ErrorMessageSchema,
  z.extend(QueueChangedSchema, envelope),
  z.extend(QueuePositionSchema, envelope),
  z.extend(AvailabilityMessageSchema, envelope),
  z.extend(CallbacksChangedSchema, envelope),
  z.extend(PhotoAddedSchema, envelope),
  z.discriminatedUnion('status', [
    z.extend(EscalationActiveSchema, envelope),
    z.extend(EscalationClosedSchema, envelope),
    z.extend(EscalationCancelledSchema, envelope),
  ]),
  z.extend(SnapshotMessageSchema, envelope),
  z.extend(ForwardedSignalSchema, envelope),
  z.extend(ForwardedAnnotationSchema, envelope),
  z.extend(ForwardedGotoStepSchema, envelope),
  z.extend(ForwardedChatSchema, envelope),
  z.extend(ForwardedCallStateSchema, envelope),
])
export type ServerMessage = z.infer<typeof ServerMessageSchema>
/** A room message as it goes out: the payload in its envelope. */
export type RoomMessage = Extract<ServerMessage, { seq: number }>

type Issue = {
  path: readonly PropertyKey[]
  message: string
  code: string
  discriminator?: string | undefined
  options?: readonly unknown[]
}

/**
 * Why a message was refused, in words, from its first issue: an unknown `type` (or mark `kind`)
 * names the known ones, where zod says only "Invalid input"; otherwise where, and what.
 */
export function refusalReason(issues: readonly Issue[]): string {
  const first = issues[0]
  if (!first) return 'That message was not understood.'
  const where = first.path.map(String).join('.')
  if (first.code === 'invalid_union' && first.discriminator && first.options)
    return `Unknown ${where || first.discriminator}; one of ${first.options.join(', ')} is expected.`
  if (first.code === 'invalid_type' && where === '')
    return 'Messages are JSON objects with a "type".'
  return `${where}: ${first.message}`
}
