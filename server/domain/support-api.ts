import { z } from 'zod'
import { EscalationContextSchema } from './escalation'
import { ProcedureSchema } from './procedure'

/**
 * The answers of the support routes (help requests, callbacks, the agent console), as the OpenAPI
 * document describes them and the API tests check every answer against.
 */
const Iso = z.iso.datetime({ offset: true })
const Id = z.uuid()

export const ESCALATION_STATUSES = ['waiting', 'active', 'closed', 'cancelled'] as const
export const EscalationStatusSchema = z.enum(ESCALATION_STATUSES)
export const ResolutionSchema = z.enum(['resolved', 'unresolved', 'dispatch_technician'])
export const CALLBACK_STATUSES = ['open', 'claimed', 'done'] as const
export const CallbackStatusSchema = z.enum(CALLBACK_STATUSES)

/** A WebRTC ICE server (TURN entries carry short-lived credentials). */
export const IceServerSchema = z.object({
  urls: z.union([z.string(), z.array(z.string())]),
  username: z.string().optional(),
  credential: z.string().optional(),
})

/** Where a waiting request stands; `estimatedWaitSeconds` is null while no agent is online. */
const QueueStanding = {
  position: z.number().int().min(0),
  estimatedWaitSeconds: z.number().int().min(0).nullable(),
  agentsOnline: z.number().int().min(0),
}

/** The customer's view of their help request. */
export const CustomerEscalationSchema = z.object({
  id: Id,
  status: EscalationStatusSchema,
  createdAt: Iso,
  acceptedAt: Iso.nullable(),
})

/** `POST /api/sessions/:id/escalation`. */
export const HelpRequestedSchema = z.object({
  escalation: CustomerEscalationSchema,
  ...QueueStanding,
})
/** `GET /api/sessions/:id/escalation`: the open request (null when none) and the call's servers. */
export const OpenHelpRequestSchema = z.object({
  escalation: CustomerEscalationSchema.nullable(),
  ...QueueStanding,
  iceServers: z.array(IceServerSchema),
})
/** `DELETE /api/sessions/:id/escalation`. */
export const HelpCancelledSchema = z.object({ escalation: CustomerEscalationSchema })

/** The customer's view of their callback request. */
export const CustomerCallbackSchema = z.object({
  id: Id,
  status: CallbackStatusSchema,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  windowStart: Iso,
  windowEnd: Iso,
  resolution: ResolutionSchema.nullable(),
  createdAt: Iso,
})
export const CallbackAnswerSchema = z.object({ callback: CustomerCallbackSchema })
export const LatestCallbackSchema = z.object({ callback: CustomerCallbackSchema.nullable() })

/** `GET /api/agent/queue`. */
export const AgentQueueSchema = z.object({
  escalations: z.array(
    z.object({
      id: Id,
      sessionId: Id,
      status: EscalationStatusSchema,
      context: EscalationContextSchema,
      agentId: Id.nullable(),
      agentEmail: z.string().nullable(),
      createdAt: Iso,
      acceptedAt: Iso.nullable(),
    }),
  ),
})
/** `POST /api/agent/escalations/:id/accept`. */
export const EscalationAcceptedSchema = z.object({
  escalation: z.object({
    id: Id,
    sessionId: Id,
    status: EscalationStatusSchema,
    context: EscalationContextSchema,
  }),
  iceServers: z.array(IceServerSchema),
})
/** One event of the session's timeline, as the agent reads it. */
export const TimelineEntrySchema = z.object({
  id: z.union([z.string(), z.number()]),
  type: z.string(),
  stepId: z.string().nullable(),
  at: Iso,
  data: z.unknown(),
})
/** `GET /api/agent/escalations/:id`: the request, its procedure version and the timeline. */
export const EscalationDetailSchema = z.object({
  escalation: z.object({
    id: Id,
    sessionId: Id,
    status: EscalationStatusSchema,
    context: EscalationContextSchema,
    agentId: Id.nullable(),
    resolution: ResolutionSchema.nullable(),
    notes: z.string(),
    createdAt: Iso,
  }),
  procedure: ProcedureSchema.nullable(),
  productId: z.string().nullable(),
  iceServers: z.array(IceServerSchema),
  timeline: z.array(TimelineEntrySchema),
})
/** `POST /api/agent/escalations/:id/close`. */
export const EscalationClosedSchema = z.object({
  escalation: z.object({ id: Id, status: EscalationStatusSchema, resolution: ResolutionSchema }),
})

/** `GET /api/agent/callbacks`. */
export const AgentCallbacksSchema = z.object({
  callbacks: z.array(
    z.object({
      id: Id,
      sessionId: Id,
      status: CallbackStatusSchema,
      context: EscalationContextSchema,
      name: z.string(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      windowStart: Iso,
      windowEnd: Iso,
      timeZone: z.string().nullable(),
      agentId: Id.nullable(),
      agentEmail: z.string().nullable(),
      createdAt: Iso,
    }),
  ),
})
/** `POST /api/agent/callbacks/:id/claim`. */
export const CallbackClaimedSchema = z.object({
  callback: z.object({ id: Id, status: CallbackStatusSchema, agentId: Id.nullable() }),
})
/** `POST /api/agent/callbacks/:id/close`. */
export const CallbackClosedSchema = z.object({
  callback: z.object({ id: Id, status: CallbackStatusSchema, resolution: ResolutionSchema }),
})
