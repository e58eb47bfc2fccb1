import type { WebGLRenderer } from 'three'
import type { ViewFrame } from '../../../server/domain/call-view'
import { CODE_HEIGHT, CODE_WIDTH } from '../../call/frame-code'
import { SharedViewFeed } from '../../call/shared-view-feed'
import { cameraImage, cameraOf } from '../camera/camera-image'
import { OverlayPainter } from './overlay-painter'
import { ViewComposer } from './view-composer'

/** The shared picture's longest and shortest sides at most (720p), pixels. */
const MAX_LONG = 1280
const MAX_SHORT = 720

/** The size the shared view is sent at for a view of `width` × `height`: within 720p, even. */
export function shareSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_LONG / Math.max(width, height), MAX_SHORT / Math.min(width, height))
  const even = (v: number) => Math.max(2, Math.floor((v * scale) / 2) * 2)
  return { width: even(width), height: even(height) }
}

/** Counters since the share started; the per-frame lists keep the latest 128. */
export type ViewShareStats = {
  /** Pictures composed into the canvas the video track is captured from. */
  composed: number
  /** XR frames the share looked at. */
  xrFrames: number
  /** Main-thread ms of our work in each XR frame (a compose, or the check that it is not time). */
  frameMs: number[]
  /** Main-thread ms of each XR frame that composed or sent a picture (GPU passes, pixels into the canvas). */
  composeMs: number[]
  /** The latest frames composed: number and customer clock (epoch ms). */
  frames: [number, number][]
}

const KEEP = 128
/** To a millionth (a micrometre of position): half the bytes a frame costs on the data channel. */
const micro = (v: number) => Math.round(v * 1e6) / 1e6
function record<T>(list: T[], value: T) {
  list.push(value)
  if (list.length > KEEP) list.shift()
}

/**
 * The framebuffer the scene was drawn into: the base layer's (null for the canvas's own, as in
 * the emulator), or, with a projection layer, the one three leaves bound after drawing its view
 * (a binding the browser keeps itself, so reading it never waits for the GPU).
 */
function xrFramebuffer(
  renderer: WebGLRenderer,
  gl: WebGL2RenderingContext,
): WebGLFramebuffer | null {
  const layer = renderer.xr.getBaseLayer()
  if (layer && 'framebuffer' in layer) return layer.framebuffer
  return gl.getParameter(gl.DRAW_FRAMEBUFFER_BINDING)
}

/** A picture on its way back from the GPU: what the agent is told about it once it is sent. */
type Composed = { frame: ViewFrame; camera: boolean }

/**
 * The customer's AR view as a video for the call: every XR frame (at most `fps` a second), once
 * the scene is drawn, the camera image with our scene over it is composed on the GPU and read back
 * without waiting (see ViewComposer); a later frame puts the pixels into the canvas whose
 * `captureStream` is the call's video track, with a phone's DOM overlay painted over it as the
 * customer sees it (see OverlayPainter), and asks the track for exactly that frame. Each frame's
 * number, pose and projection go to the feed as its picture goes out. Without a camera image (no
 * `camera-access`) the scene is composed alone, and the feed says so.
 */
export class ViewShare {
  readonly feed: SharedViewFeed
  readonly stats: ViewShareStats = {
    composed: 0,
    xrFrames: 0,
    frameMs: [],
    composeMs: [],
    frames: [],
  }
  private readonly composer: ViewComposer
  private readonly gl: WebGL2RenderingContext
  private readonly picture: CanvasRenderingContext2D
  private readonly track: CanvasCaptureMediaStreamTrack | null
  private readonly intervalMs: number
  private readonly overlay: OverlayPainter | null
  /** Pictures composed and not yet sent, oldest first (as the composer reads them back). */
  private readonly inFlight: Composed[] = []
  private pixels: ImageData | null = null
  private n = 1
  private last = Number.NEGATIVE_INFINITY

  /**
   * `overlay` finds a phone's DOM overlay, whose boxes are painted over the picture as the customer
   * sees them (OverlayPainter); a headset's panels are in the scene already.
   */
  constructor(
    renderer: WebGLRenderer,
    options: { fps?: number; overlay?: () => Element | null } = {},
  ) {
    this.intervalMs = 1000 / (options.fps ?? 30)
    this.overlay = options.overlay ? new OverlayPainter(options.overlay) : null
    this.composer = new ViewComposer(renderer)
    this.composer.prepare()
    this.gl = this.composer.gl
    const canvas = document.createElement('canvas')
    // A canvas in memory (`willReadFrequently`): its pictures are captured as they are, where a
    // GPU canvas would be read back by the GPU process for every frame the video takes.
    const picture = canvas.getContext('2d', { alpha: false, willReadFrequently: true })
    if (!picture) throw new Error('no 2D canvas for the shared view')
    this.picture = picture
    // A frame only when a picture is put in (requestFrame), not whenever the page paints.
    const stream = canvas.captureStream(0)
    const track = stream.getVideoTracks()[0]
    this.track = track instanceof CanvasCaptureMediaStreamTrack ? track : null
    // Keep the resolution and give up frame rate when the link is short: the agent points at
    // details, and the frame code in the corner must stay readable.
    for (const t of stream.getVideoTracks()) t.contentHint = 'detail'
    this.feed = new SharedViewFeed(stream)
  }

  /** One XR frame, once three has drawn the scene (call it from `scene.onAfterRender`). */
  afterRender(renderer: WebGLRenderer): void {
    if (!renderer.xr.isPresenting) return
    const start = performance.now()
    const sent = this.send()
    const composed =
      start - this.last >= this.intervalMs - 2 &&
      this.composer.ready &&
      this.compose(renderer, start)
    const ms = performance.now() - start
    if (composed || sent) record(this.stats.composeMs, ms)
    record(this.stats.frameMs, ms)
    this.stats.xrFrames += 1
  }

  dispose(): void {
    this.composer.dispose()
    for (const track of this.feed.stream.getTracks()) track.stop()
  }

  /** Puts the oldest picture that is back from the GPU into the video: false if none is. */
  private send(): boolean {
    const next = this.inFlight[0]
    if (!next) return false
    const { frame } = next
    const back = this.composer.collect((width, height) => {
      if (this.pixels?.width !== width || this.pixels.height !== height)
        this.pixels = new ImageData(width, height)
      return this.pixels.data
    })
    if (!back || !this.pixels) return false
    this.inFlight.shift()
    const canvas = this.picture.canvas
    if (canvas.width !== frame.width || canvas.height !== frame.height) {
      canvas.width = frame.width
      canvas.height = frame.height
    }
    this.picture.putImageData(this.pixels, 0, 0)
    this.overlay?.paint(this.picture, frame.width, frame.height, {
      x: 0,
      y: frame.height - CODE_HEIGHT,
      w: CODE_WIDTH,
      h: CODE_HEIGHT,
    })
    this.track?.requestFrame()
    this.stats.composed += 1
    record(this.stats.frames, [frame.n, frame.t])
    this.feed.setCamera(next.camera)
    this.feed.frame(frame)
    return true
  }

  private compose(renderer: WebGLRenderer, now: number): boolean {
    const frame = renderer.xr.getFrame()
    const space = renderer.xr.getReferenceSpace()
    const view = space ? frame?.getViewerPose(space)?.views[0] : undefined
    const eye = renderer.xr.getCamera().cameras[0]
    if (!view || !eye) return false
    const { x, y, z: vw, w: vh } = eye.viewport
    if (!(vw > 0 && vh > 0)) return false
    const camera = cameraOf(view)
    // three.js gives null when the browser has no XRWebGLBinding (its type says otherwise).
    const binding: XRWebGLBinding | null = camera ? renderer.xr.getBinding() : null
    const image = binding && camera ? cameraImage(binding, camera) : null
    const size = shareSize(vw, vh)
    const n = this.n
    const composed = this.composer.compose({
      read: xrFramebuffer(renderer, this.gl),
      viewport: [x, y, vw, vh],
      camera: image,
      n,
      ...size,
    })
    if (!composed) return false
    this.n += 1
    this.last = now
    // The time it was composed: the delay the agent sees includes the way back from the GPU.
    const t = performance.timeOrigin + now
    this.inFlight.push({
      camera: image !== null,
      frame: {
        type: 'view_frame',
        n,
        t,
        ...size,
        projection: Array.from(view.projectionMatrix, micro),
        transform: Array.from(view.transform.matrix, micro),
      },
    })
    return true
  }
}
