import type { WebGLRenderer } from 'three'
import type { ViewFrame } from '../../../server/domain/call-view'
import { SharedViewFeed } from '../../call/shared-view-feed'
import { cameraImage, cameraOf } from '../camera/camera-image'
import type { ViewCanvasReply, ViewCanvasRequest } from './view-canvas-messages'
import { ViewComposer } from './view-composer'

/** The shared picture's longest and shortest sides at most (720p), pixels. */
const MAX_LONG = 1280
const MAX_SHORT = 720

/** The size the shared view is sent at for a view of `width` × `height`: within 720p, even. */
export function shareSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_LONG / Math.max(width, height), MAX_SHORT / Math.min(width, height))
  const even = (v: number) => Math.max(2, Math.round((v * scale) / 2) * 2)
  return { width: even(width), height: even(height) }
}

/** Counters since the share started; the per-frame lists keep the latest 128. */
export type ViewShareStats = {
  composed: number
  /** Pictures handed to the canvas (the video track). */
  sent: number
  /** Frames skipped because every picture slot was still on its way back from the GPU. */
  busy: number
  /** Main-thread ms of our work in each XR frame the share ran in (copy-out + compose). */
  frameMs: number[]
  /** Main-thread ms of each compose (GPU passes and readback start). */
  composeMs: number[]
  /** Main-thread ms of each copy-out of finished pictures and post to the canvas worker. */
  collectMs: number[]
  /** The latest frames composed: number and customer clock (epoch ms). */
  frames: [number, number][]
}

const KEEP = 128
function record<T>(list: T[], value: T) {
  list.push(value)
  if (list.length > KEEP) list.shift()
}

/** Base layer framebuffer, or the one three draws a projection layer's view into. */
function xrFramebuffer(renderer: WebGLRenderer): WebGLFramebuffer | null {
  const layer = renderer.xr.getBaseLayer()
  if (layer && 'framebuffer' in layer) return layer.framebuffer
  const target = renderer.getRenderTarget()
  const properties: unknown = target ? renderer.properties.get(target) : null
  const fb: unknown =
    typeof properties === 'object' && properties !== null
      ? Reflect.get(properties, '__webglFramebuffer')
      : null
  return fb instanceof WebGLFramebuffer ? fb : null
}

/**
 * The customer's AR view as a video for the call: every XR frame (at most `fps` a second), once
 * the scene is drawn, the camera image with our scene over it is composed on the GPU, read back
 * without waiting, and drawn by a worker into the canvas whose `captureStream` is the call's
 * video track; each frame's number, pose and projection go to the feed. Without a camera image
 * (no `camera-access`) the scene is composed alone, and the feed says so.
 */
export class ViewShare {
  readonly feed: SharedViewFeed
  readonly stats: ViewShareStats = {
    composed: 0,
    sent: 0,
    busy: 0,
    frameMs: [],
    composeMs: [],
    collectMs: [],
    frames: [],
  }
  private readonly composer: ViewComposer
  private readonly worker: Worker
  private readonly pool: ArrayBuffer[] = []
  private n = 1
  private last = Number.NEGATIVE_INFINITY
  private readonly intervalMs: number

  constructor(gl: WebGL2RenderingContext, fps = 30) {
    this.intervalMs = 1000 / fps
    this.composer = new ViewComposer(gl)
    this.composer.prepare()
    const canvas = document.createElement('canvas')
    const stream = canvas.captureStream()
    // Keep the resolution and give up frame rate when the link is short: the agent points at
    // details, and the frame code in the corner must stay readable.
    for (const track of stream.getVideoTracks()) track.contentHint = 'detail'
    const offscreen = canvas.transferControlToOffscreen()
    this.worker = new Worker(new URL('./view-canvas-worker.ts', import.meta.url), {
      type: 'module',
    })
    this.worker.onmessage = ({ data }: MessageEvent<ViewCanvasReply>) => {
      if (this.pool.length < 4) this.pool.push(data.pixels)
    }
    this.post({ kind: 'canvas', canvas: offscreen }, [offscreen])
    this.feed = new SharedViewFeed(stream)
  }

  /** One XR frame, once three has drawn the scene (call it from `scene.onAfterRender`). */
  afterRender(renderer: WebGLRenderer): void {
    if (!renderer.xr.isPresenting) return
    const start = performance.now()
    const pictures = this.composer.collect((bytes) => this.take(bytes))
    for (const p of pictures) {
      this.post({ kind: 'picture', pixels: p.pixels.buffer, width: p.width, height: p.height }, [
        p.pixels.buffer,
      ])
      this.stats.sent += 1
    }
    const collected = performance.now()
    if (pictures.length) record(this.stats.collectMs, collected - start)
    const composed = start - this.last >= this.intervalMs - 2 && this.compose(renderer, start)
    const end = performance.now()
    if (composed) record(this.stats.composeMs, end - collected)
    if (composed || pictures.length) record(this.stats.frameMs, end - start)
  }

  dispose(): void {
    this.worker.terminate()
    this.composer.dispose()
    for (const track of this.feed.stream.getTracks()) track.stop()
  }

  private compose(renderer: WebGLRenderer, now: number): boolean {
    const frame = renderer.xr.getFrame()
    const space = renderer.xr.getReferenceSpace()
    const view = space ? frame?.getViewerPose(space)?.views[0] : undefined
    const eye = renderer.xr.getCamera().cameras[0]
    if (!view || !eye) return false
    if (!this.composer.canCompose) {
      this.stats.busy += 1
      return false
    }
    const { x, y, z: vw, w: vh } = eye.viewport
    if (!(vw > 0 && vh > 0)) return false
    const camera = cameraOf(view)
    // three.js gives null when the browser has no XRWebGLBinding (its type says otherwise).
    const binding: XRWebGLBinding | null = camera ? renderer.xr.getBinding() : null
    const image = binding && camera ? cameraImage(binding, camera) : null
    const size = shareSize(vw, vh)
    const n = this.n
    const ok = this.composer.compose({
      read: xrFramebuffer(renderer),
      viewport: [x, y, vw, vh],
      camera: image,
      n,
      ...size,
    })
    if (!ok) return false
    this.n += 1
    this.last = now
    const t = performance.timeOrigin + now
    const message: ViewFrame = {
      type: 'view_frame',
      n,
      t,
      ...size,
      projection: Array.from(view.projectionMatrix),
      transform: Array.from(view.transform.matrix),
    }
    this.stats.composed += 1
    record(this.stats.frames, [n, t])
    this.feed.setCamera(image !== null)
    this.feed.frame(message)
    return true
  }

  private take(bytes: number): Uint8Array<ArrayBuffer> {
    const i = this.pool.findIndex((b) => b.byteLength === bytes)
    const buffer = i >= 0 ? (this.pool.splice(i, 1)[0] as ArrayBuffer) : new ArrayBuffer(bytes)
    return new Uint8Array(buffer)
  }

  private post(message: ViewCanvasRequest, transfer: Transferable[]) {
    this.worker.postMessage(message, transfer)
  }
}
