import * as z from 'zod/mini'

/*
 * The call's schemas travel on the customer's WebSocket and are parsed on every phone: zod/mini,
 * as for the other schemas the guide bundles (see event-batch.ts).
 */

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'))
const Vec3Schema = z.tuple([finite, finite, finite])
/** A 4×4 matrix, column-major, as WebXR hands them out. */
const Mat4Schema = z.array(finite).check(z.length(16))
const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.int().check(z.minimum(min), z.maximum(max))

/**
 * What the video the customer sends shows, so the agent is told plainly: their camera (outside
 * AR); their AR view, camera image and our overlay composed (`ar_view`); our rendered scene alone,
 * where the browser gives AR no camera image (`ar_scene`); or a headset's own camera, which is not
 * the AR view, so points land near rather than on what the agent clicked (`headset_camera`).
 */
export const CallViewSchema = z.enum(['camera', 'ar_view', 'ar_scene', 'headset_camera'])
export type CallView = z.infer<typeof CallViewSchema>

/**
 * One frame of the shared AR view, sent on the call's data channel as it is composed: its number
 * (also drawn into the picture as a code, so the agent knows which frame is on screen), the
 * customer's clock when it was composed (epoch ms), the picture's size, and the view's projection
 * and pose (view → the XR reference space) as WebXR gave them for that frame.
 */
export const ViewFrameSchema = z.object({
  type: z.literal('view_frame'),
  n: int(0),
  t: finite,
  width: int(1, 4096),
  height: int(1, 4096),
  projection: Mat4Schema,
  transform: Mat4Schema,
})
export type ViewFrame = z.infer<typeof ViewFrameSchema>

/** A ray in the customer's XR reference space: where it starts and where it points (unit). */
export const ViewRaySchema = z.object({ origin: Vec3Schema, direction: Vec3Schema })
export type ViewRay = z.infer<typeof ViewRaySchema>

const unit = z.number().check(z.minimum(0), z.maximum(1))
const MarkId = z.string().check(z.maxLength(40))

/**
 * A mark an agent puts on the customer's view, in picture coordinates 0..1 (x right, y down). A
 * point made on a frame of the shared AR view also names that frame and carries the ray through
 * the point of that very frame, so it lands where the agent pointed however the customer has
 * moved since.
 */
export const MarkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('point'),
    id: MarkId,
    x: unit,
    y: unit,
    frame: z.optional(int(0)),
    ray: z.optional(ViewRaySchema),
  }),
  z.object({
    kind: z.literal('stroke'),
    id: MarkId,
    points: z.array(z.tuple([unit, unit])).check(z.minLength(2), z.maxLength(500)),
  }),
  z.object({ kind: z.literal('clear') }),
])
export type Mark = z.infer<typeof MarkSchema>

/**
 * An agent's mark sent straight to the customer on the call's data channel: the server's route
 * (WebSocket, escalation check, bus) took hundreds of ms under load, most of the wait between a
 * click and the marker in the customer's room. The WebSocket still carries it when the channel is
 * not open.
 */
export const MarkMessageSchema = z.object({ type: z.literal('mark'), mark: MarkSchema })

/** Messages on the call's data channel (peer to peer, never through our server). */
export const CallDataSchema = z.discriminatedUnion('type', [ViewFrameSchema, MarkMessageSchema])
export type CallData = z.infer<typeof CallDataSchema>

/** Why the customer's call goes audio only: a weak network, AR holding the camera, no camera. */
export const AudioOnlyReasonSchema = z.enum(['network', 'ar', 'camera'])

/** The customer's call state: what their video is, or why it is audio only. */
export const CallStateSchema = z.object({
  type: z.literal('call_state'),
  escalationId: z.uuid(),
  state: z.enum(['audio_only', 'video', 'failed']),
  reason: z.optional(AudioOnlyReasonSchema),
  /** With `video`: what the video shows. */
  view: z.optional(CallViewSchema),
})
