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
  /** Main-thread ms of each compose (GPU passes and the copy into the canvas). */
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

/**
 * The customer's AR view as a video for the call: every XR frame (at most `fps` a second), once
 * the scene is drawn, the camera image with our scene over it is composed on the GPU and copied
 * into the canvas whose `captureStream` is the call's video track (see ViewComposer), with a
 * phone's DOM overlay painted over it as the customer sees it (see OverlayPainter). Each
 * frame's number, pose and projection go to the feed. Without a camera image (no
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
  private readonly intervalMs: number
  private readonly overlay: OverlayPainter | null
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
    const picture = canvas.getContext('2d', { alpha: false })
    if (!picture) throw new Error('no 2D canvas for the shared view')
    this.picture = picture
    const stream = canvas.captureStream()
    // Keep the resolution and give up frame rate when the link is short: the agent points at
    // details, and the frame code in the corner must stay readable.
    for (const track of stream.getVideoTracks()) track.contentHint = 'detail'
    this.feed = new SharedViewFeed(stream)
  }

  /** One XR frame, once three has drawn the scene (call it from `scene.onAfterRender`). */
  afterRender(renderer: WebGLRenderer): void {
    if (!renderer.xr.isPresenting) return
    const start = performance.now()
    const composed = start - this.last >= this.intervalMs - 2 && this.compose(renderer, start)
    const ms = performance.now() - start
    if (composed) record(this.stats.composeMs, ms)
    record(this.stats.frameMs, ms)
    this.stats.xrFrames += 1
  }

  dispose(): void {
    this.composer.dispose()
    for (const track of this.feed.stream.getTracks()) track.stop()
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
    const canvas = this.picture.canvas
    if (canvas.width !== size.width || canvas.height !== size.height) {
      canvas.width = size.width
      canvas.height = size.height
    }
    const n = this.n
    this.composer.compose(
      {
        read: xrFramebuffer(renderer, this.gl),
        viewport: [x, y, vw, vh],
        camera: image,
        n,
        ...size,
      },
      this.picture,
    )
    this.overlay?.paint(this.picture, size.width, size.height, {
      x: 0,
      y: size.height - CODE_HEIGHT,
      w: CODE_WIDTH,
      h: CODE_HEIGHT,
    })
    this.n += 1
    this.last = now
    const t = performance.timeOrigin + now
    const message: ViewFrame = {
      type: 'view_frame',
      n,
      t,
      ...size,
      projection: Array.from(view.projectionMatrix, micro),
      transform: Array.from(view.transform.matrix, micro),
    }
    this.stats.composed += 1
    record(this.stats.frames, [n, t])
    this.feed.setCamera(image !== null)
    this.feed.frame(message)
    return true
  }
}
