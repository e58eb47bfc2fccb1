import type { WebXRManager } from 'three'
import type { LabelPose } from '../../../server/domain/product'
import type { LabelFrameReply, LabelFrameRequest } from '../../recognition/label-messages'
import { intrinsicsFromProjection } from '../../recognition/label-pose/intrinsics'
import type {
  Intrinsics,
  LabelCorners,
  Mat4,
  ProductObservation,
} from '../../recognition/label-pose/types'
import { takeLabelWorker } from '../../recognition/label-reader'
import { cameraImage, cameraOf } from './camera-image'
import { GreyReadback } from './grey-readback'

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
  width: number
  height: number
  intrinsics: Intrinsics
  worldFromView: Mat4
  at: number
}

/**
 * Takes the XR view's camera image a few times a second, converts it to downsampled grey on the
 * GPU, reads it back without stalling, and has the label worker read the QR and solve the
 * product's pose. At most one frame in flight, from the GPU to the worker's reply. Call `tick` in
 * the XR frame callback (the camera image is valid only there).
 */
export class LabelCapture {
  private readonly readback: GreyReadback
  private readonly worker: Worker
  private shot: Shot | null = null
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
    startMs: [],
    collectMs: [],
    latencyMs: [],
  }

  constructor(
    gl: WebGL2RenderingContext,
    private readonly listener: LabelCaptureListener,
    private readonly intervalMs = 200,
  ) {
    this.readback = new GreyReadback(gl)
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
    if (this.inWorker) return
    const now = performance.now()
    if (now - this.lastStart < this.intervalMs) return
    const space = xr.getReferenceSpace()
    const view = space ? frame.getViewerPose(space)?.views[0] : undefined
    const camera = view ? cameraOf(view) : null
    if (!view || !camera) return
    // three.js gives null when the browser has no XRWebGLBinding (its type says otherwise).
    const binding: XRWebGLBinding | null = xr.getBinding()
    const texture = binding ? cameraImage(binding, camera) : null
    if (!texture) return
    const size = this.readback.start(texture, camera.width, camera.height)
    this.shot = {
      ...size,
      intrinsics: intrinsicsFromProjection(view.projectionMatrix, size.width, size.height),
      // The view's pose at the frame the image was taken: the camera's pose.
      worldFromView: Array.from(view.transform.matrix),
      at: now,
    }
    this.lastStart = now
    record(this.stats.startMs, performance.now() - now)
  }

  /** Stops reading; the worker and GL objects are freed. */
  dispose(): void {
    this.disposed = true
    this.worker.terminate()
    this.readback.dispose()
  }

  private collect() {
    const start = performance.now()
    const pixels = this.readback.poll()
    const shot = this.shot
    if (!pixels || !shot) return
    this.shot = null
    const request: LabelFrameRequest = {
      id: this.nextId++,
      pixels: pixels.buffer,
      width: shot.width,
      height: shot.height,
      intrinsics: shot.intrinsics,
      worldFromView: shot.worldFromView,
      at: shot.at,
      ...(this.label ? { label: this.label } : {}),
    }
    this.worker.postMessage(request, [pixels.buffer])
    this.inWorker = true
    this.sentAt = shot.at
    this.stats.frames += 1
    record(this.stats.collectMs, performance.now() - start)
  }

  private reply(reply: LabelFrameReply) {
    this.inWorker = false
    if (this.sentAt !== null) record(this.stats.latencyMs, performance.now() - this.sentAt)
    this.sentAt = null
    if (this.disposed) return
    if ('error' in reply) {
      this.stats.errors += 1
      console.warn('The label reader failed on a frame:', reply.error)
    } else if (reply.found) {
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
