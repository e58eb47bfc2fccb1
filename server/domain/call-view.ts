import { z } from 'zod'

const finite = z.number().refine(Number.isFinite, 'must be a finite number')
const Vec3Schema = z.tuple([finite, finite, finite])
/** A 4×4 matrix, column-major, as WebXR hands them out. */
const Mat4Schema = z.array(finite).length(16)

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
  n: z.int().min(0),
  t: finite,
  width: z.int().min(1).max(4096),
  height: z.int().min(1).max(4096),
  projection: Mat4Schema,
  transform: Mat4Schema,
})
export type ViewFrame = z.infer<typeof ViewFrameSchema>

/** Messages on the call's data channel (peer to peer, never through our server). */
export const CallDataSchema = z.discriminatedUnion('type', [ViewFrameSchema])

/** A ray in the customer's XR reference space: where it starts and where it points (unit). */
export const ViewRaySchema = z.object({ origin: Vec3Schema, direction: Vec3Schema })
export type ViewRay = z.infer<typeof ViewRaySchema>

const unit = z.number().min(0).max(1)

/**
 * A mark an agent puts on the customer's view, in picture coordinates 0..1 (x right, y down). A
 * point made on a frame of the shared AR view also names that frame and carries the ray through
 * the point of that very frame, so it lands where the agent pointed however the customer has
 * moved since.
 */
export const MarkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('point'),
    id: z.string().max(40),
    x: unit,
    y: unit,
    frame: z.int().min(0).optional(),
    ray: ViewRaySchema.optional(),
  }),
  z.object({
    kind: z.literal('stroke'),
    id: z.string().max(40),
    points: z
      .array(z.tuple([unit, unit]))
      .min(2)
      .max(500),
  }),
  z.object({ kind: z.literal('clear') }),
])

/** Why the customer's call goes audio only: a weak network, AR holding the camera, no camera. */
export const AudioOnlyReasonSchema = z.enum(['network', 'ar', 'camera'])

/** The customer's call state as the agent receives it (the server adds `from`). */
export const CallStateSchema = z.object({
  type: z.literal('call_state'),
  escalationId: z.uuid(),
  state: z.enum(['audio_only', 'video', 'failed']),
  reason: AudioOnlyReasonSchema.optional(),
  /** With `video`: what the video shows. */
  view: CallViewSchema.optional(),
})

/** `call_state` as forwarded to the agent. */
export const ForwardedCallStateSchema = CallStateSchema.extend({
  from: z.enum(['customer', 'agent']),
})
