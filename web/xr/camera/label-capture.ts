import type { WebXRManager } from 'three'
import type { LabelPose } from '../../../server/domain/product'
import type { LabelFrameReply, LabelFrameRequest } from '../../recognition/label-messages'
import { intrinsicsFromProjection, project } from '../../recognition/label-pose/intrinsics'
import { invertRigid, multiply, transformPoint } from '../../recognition/label-pose/mat4'
import { labelCornerPoints } from '../../recognition/label-pose/planar-pose'
import type {
  Intrinsics,
  LabelCorners,
  Mat4,
  ProductObservation,
  Vec3,
} from '../../recognition/label-pose/types'
import { modelFromLabel } from '../../recognition/label-pose/world-pose'
import { takeLabelWorker } from '../../recognition/label-reader'
import { cameraImage, cameraOf } from './camera-image'
import type { PassState } from './gl-state'
import { GreyReadback, type GreyRegion, greySize } from './grey-readback'

/** What the capture reports: every code read, with its corners, and every solved product pose. */
export type LabelCaptureListener = {
  onCode: (text: string, corners: LabelCorners) => void
  onObservation: (observation: ProductObservation) => void
  /** Counters changed (for tests and diagnostics). */
  onStats: (stats: LabelCaptureStats) => void
}

/** Counters since the capture started. */
export type LabelCaptureStats = {
  /** Camera frames converted on the GPU and read back. */
  frames: number
  /** Frames in which the worker read a code. */
  reads: number
  observations: number
  errors: number
  /**
   * Main-thread ms of the browser's `getCameraImage` in the frames a picture is taken (latest 64):
   * the browser's cost, not ours (the test harness renders its truth scene there).
   */
  cameraMs: number[]
  /** Main-thread ms of each GPU conversion + readback start (latest 64). */
  startMs: number[]
  /** Main-thread ms of each copy-out of a finished readback + post to the worker (latest 64). */
  collectMs: number[]
  /** Ms from a camera image taken to the worker's reply (latest 64). */
  latencyMs: number[]
}

const KEEP = 64
function record(list: number[], ms: number) {
  list.push(ms)
  if (list.length > KEEP) list.shift()
}

type Shot = {
  id: number
  width: number
  height: number
  region: GreyRegion
  intrinsics: Intrinsics
  worldFromView: Mat4
  at: number
}

/** A frame read back from the GPU, waiting for the worker. */
type Ready = { shot: Shot; pixels: Uint8Array<ArrayBuffer> }

/** A frame read back but not sent for this long is dropped: the camera has moved on, ms. */
const STALE_MS = 250
/**
 * After a read, only a region around the code is read back: its bounding box grown by this
 * much of its size on each side (room for the hand's move between frames), plus a margin, px.
 */
const REGION_GROW = 1
const REGION_MARGIN_PX = 16
/** Frames in a row without a read before the whole frame is read back again. */
const REGION_MISSES = 2

/**
 * While a readback is on its way, its fence is also polled this often between XR frames, so the
 * frame reaches the worker when the GPU is done rather than at the next XR frame (ms).
 */
const POLL_MS = 4

/** Spare pixel buffers kept for reuse (handed back by the worker), at most. */
const SPARES = 4

/**
 * Where the label's corners are in the image of a view (grey-frame px), from where the label is
 * in the world: the device knows its own motion, so a label seen once is found in the next
 * frames wherever the hand moved the phone. Null when a corner is not in front of the camera.
 */
function predictCorners(
  labelCorners: Vec3[],
  worldFromView: ArrayLike<number>,
  intrinsics: Intrinsics,
): LabelCorners | null {
  const viewFromWorld = invertRigid(worldFromView)
  const out: [number, number][] = []
  for (const corner of labelCorners) {
    const v = transformPoint(viewFromWorld, corner)
    // WebXR view space looks down −z; the CV camera frame has y down and z forward.
    if (!(v[2] < -0.01)) return null
    out.push(project(intrinsics, [v[0], -v[1], -v[2]]))
  }
  return out as LabelCorners
}

/** The printed symbol's corners in the world, for a product at `worldFromModel`. */
function labelCornersInWorld(worldFromModel: Mat4, label: LabelPose): Vec3[] {
  const worldFromLabel = multiply(worldFromModel, modelFromLabel(label))
  return labelCornerPoints(label.sizeMm / 1000).map((p) => transformPoint(worldFromLabel, p))
}

function regionAround(corners: LabelCorners): GreyRegion {
  const xs = corners.map((c) => c[0])
  const ys = corners.map((c) => c[1])
  const x0 = Math.min(...xs)
  const y0 = Math.min(...ys)
  const side = Math.max(Math.max(...xs) - x0, Math.max(...ys) - y0)
  const pad = side * REGION_GROW + REGION_MARGIN_PX
  const w = Math.max(...xs) - x0
  const h = Math.max(...ys) - y0
  return { x: x0 - pad, y: y0 - pad, width: w + 2 * pad, height: h + 2 * pad }
}

/**
 * Takes the XR view's camera image a few times a second, converts it to downsampled grey on the
 * GPU, reads it back without stalling, and has the label worker read the QR and solve the
 * product's pose. Two stages overlap: the next frame is converted and read back while the
 * worker reads the last one, and is sent the moment the worker answers. Call `tick` in the XR
 * frame callback (the camera image is valid only there).
 */
export class LabelCapture {
  private readonly readback: GreyReadback
  private readonly worker: Worker
  private shot: Shot | null = null
  private ready: Ready | null = null
  /**
   * Where the code was last read (grey-frame px) while it keeps being read, and its corners in
   * the world when a pose was solved from it; else null.
   */
  private seen: { corners: LabelCorners; world: Vec3[] | null; misses: number } | null = null
  private readonly spares: ArrayBuffer[] = []
  private pollTimer: ReturnType<typeof setTimeout> | null = null
  private inWorker = false
  private sentAt: number | null = null
  private lastStart = Number.NEGATIVE_INFINITY
  private nextId = 1
  private disposed = false
  label: LabelPose | null = null
  readonly stats: LabelCaptureStats = {
    frames: 0,
    reads: 0,
    observations: 0,
    errors: 0,
    cameraMs: [],
    startMs: [],
    collectMs: [],
    latencyMs: [],
  }

  /** Milliseconds between camera frames taken; may change while running. */
  intervalMs: number

  constructor(
    gl: WebGL2RenderingContext,
    private readonly listener: LabelCaptureListener,
    options: { intervalMs?: number; pass?: PassState } = {},
  ) {
    this.intervalMs = options.intervalMs ?? 200
    this.readback = new GreyReadback(gl, options.pass)
    // Compiled now rather than in the first XR frame that takes a picture.
    this.readback.prepareProgram()
    this.worker = takeLabelWorker()
    this.worker.onmessage = (event: MessageEvent<LabelFrameReply>) => this.reply(event.data)
    this.worker.onerror = (event) => {
      this.inWorker = false
      this.stats.errors += 1
      console.warn('The label reader stopped:', event.message)
    }
  }

  /** One XR frame: collect a finished readback, or start a new one when it is time. */
  tick(frame: XRFrame, xr: WebXRManager): void {
    if (this.disposed) return
    if (this.readback.busy) {
      this.collect()
      return
    }
    // One frame waits for the worker at most; a newer one replaces it only once it is stale.
    if (this.ready && performance.now() - this.ready.shot.at < STALE_MS) return
    const now = performance.now()
    if (now - this.lastStart < this.intervalMs) return
    const space = xr.getReferenceSpace()
    const view = space ? frame.getViewerPose(space)?.views[0] : undefined
    const camera = view ? cameraOf(view) : null
    if (!view || !camera) return
    // three.js gives null when the browser has no XRWebGLBinding (its type says otherwise).
    const binding: XRWebGLBinding | null = xr.getBinding()
    const asked = performance.now()
    const texture = binding ? cameraImage(binding, camera) : null
    if (!texture) return
    const converting = performance.now()
    record(this.stats.cameraMs, converting - asked)
    const grey = greySize(camera.width, camera.height)
    const intrinsics = intrinsicsFromProjection(view.projectionMatrix, grey.width, grey.height)
    const worldFromView = view.transform.matrix
    const seen = this.seen
    const corners = seen
      ? ((seen.world && predictCorners(seen.world, worldFromView, intrinsics)) ?? seen.corners)
      : null
    const region = corners ? regionAround(corners) : null
    const size = this.readback.start(texture, camera.width, camera.height, region)
    this.shot = {
      id: this.nextId++,
      ...size,
      intrinsics,
      // The view's pose at the frame the image was taken: the camera's pose.
      worldFromView: Array.from(worldFromView),
      at: now,
    }
    this.lastStart = now
    this.schedulePoll()
    // Ours: everything in this frame but the browser's getCameraImage.
    record(this.stats.startMs, performance.now() - now - (converting - asked))
  }

  /** Stops reading; the worker and GL objects are freed. */
  dispose(): void {
    this.disposed = true
    if (this.pollTimer !== null) clearTimeout(this.pollTimer)
    this.pollTimer = null
    this.worker.terminate()
    this.readback.dispose()
  }

  /** Polls the readback's fence outside XR frames until it is collected (only our own buffer is touched). */
  private schedulePoll() {
    if (this.pollTimer !== null || this.disposed) return
    this.pollTimer = setTimeout(() => {
      this.pollTimer = null
      if (this.disposed || !this.readback.busy) return
      this.collect()
      if (this.readback.busy) this.schedulePoll()
    }, POLL_MS)
  }

  private collect() {
    const start = performance.now()
    const pixels = this.readback.poll((byteLength) => {
      // The smallest spare that holds the frame (a region's size changes a little each frame).
      let best = -1
      this.spares.forEach((b, i) => {
        if (
          b.byteLength >= byteLength &&
          (best < 0 || b.byteLength < (this.spares[best]?.byteLength ?? 0))
        )
          best = i
      })
      return best < 0 ? null : (this.spares.splice(best, 1)[0] ?? null)
    })
    const shot = this.shot
    if (!pixels || !shot) return
    this.shot = null
    this.ready = { shot, pixels }
    this.stats.frames += 1
    if (!this.inWorker) this.send()
    record(this.stats.collectMs, performance.now() - start)
  }

  /** Posts the waiting frame to the worker. */
  private send() {
    const ready = this.ready
    if (!ready) return
    this.ready = null
    const { shot, pixels } = ready
    const request: LabelFrameRequest = {
      id: shot.id,
      pixels: pixels.buffer,
      width: shot.width,
      height: shot.height,
      region: shot.region,
      intrinsics: shot.intrinsics,
      worldFromView: shot.worldFromView,
      at: shot.at,
      ...(this.label ? { label: this.label } : {}),
    }
    this.worker.postMessage(request, [pixels.buffer])
    this.inWorker = true
    this.sentAt = shot.at
  }

  private reply(reply: LabelFrameReply) {
    this.inWorker = false
    if (reply.pixels) {
      this.spares.push(reply.pixels)
      if (this.spares.length > SPARES) this.spares.shift()
    }
    if (this.sentAt !== null) record(this.stats.latencyMs, performance.now() - this.sentAt)
    this.sentAt = null
    if (this.disposed) return
    if (this.ready && performance.now() - this.ready.shot.at >= STALE_MS) this.ready = null
    this.send()
    if ('error' in reply) {
      this.stats.errors += 1
      console.warn('The label reader failed on a frame:', reply.error)
    } else if (!reply.found && this.seen) {
      this.seen.misses += 1
      if (this.seen.misses >= REGION_MISSES) this.seen = null
    } else if (reply.found) {
      const world =
        reply.observation && this.label
          ? labelCornersInWorld(reply.observation.worldFromModel, this.label)
          : null
      this.seen = { corners: reply.corners, world, misses: 0 }
      this.stats.reads += 1
      this.listener.onCode(reply.code, reply.corners)
      if (reply.observation) {
        this.stats.observations += 1
        this.listener.onObservation(reply.observation)
      }
    }
    this.listener.onStats(this.stats)
  }
}
