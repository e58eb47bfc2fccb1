import { NoBlending, Vector4, type WebGLRenderer, type WebGLState } from 'three'
import { CODE_BLOCK, CODE_COLUMNS, CODE_HEIGHT, CODE_WIDTH, frameCode } from '../../call/frame-code'
import { fullScreenProgram } from '../camera/gl-state'

// The camera image behind, the scene as the XR framebuffer holds it (premultiplied by its alpha,
// transparent where nothing was drawn) over it, as the device's compositor shows them, and the
// frame's code in the picture's bottom-left corner. Drawn into the picture's own texture with its
// rows top-down (row 0 is the picture's top), so that a readback gives rows in the order a 2D
// canvas wants them.
const COMPOSE = `#version 300 es
precision highp float;
precision highp int;
uniform sampler2D scene;
uniform sampler2D camera;
uniform bool hasCamera;
uniform vec2 size;
uniform int code;
out vec4 colour;

// Behind the scene where there is no camera image: a dark neutral, like the app's own backdrop.
const vec3 BACKDROP = vec3(0.16, 0.17, 0.19);

void main() {
  // The picture's pixel, counted from its bottom-left corner as GL textures are.
  vec2 at = vec2(floor(gl_FragCoord.x), size.y - 1.0 - floor(gl_FragCoord.y));
  if (at.x < ${CODE_WIDTH}.0 && at.y < ${CODE_HEIGHT}.0) {
    int column = int(at.x) / ${CODE_BLOCK};
    int row = int(${CODE_HEIGHT - 1}.0 - at.y) / ${CODE_BLOCK};
    int bit = (code >> (row * ${CODE_COLUMNS} + column)) & 1;
    colour = vec4(vec3(float(bit)), 1.0);
    return;
  }
  vec2 uv = (at + 0.5) / size;
  vec4 drawn = texture(scene, uv);
  vec3 behind = hasCamera ? texture(camera, uv).rgb : BACKDROP;
  colour = vec4(behind * (1.0 - drawn.a) + drawn.rgb, 1.0);
}`

/** What one XR frame gives the composer. */
export type ComposeInput = {
  /** The framebuffer the scene was drawn into (null: the canvas's own, as in the emulator). */
  read: WebGLFramebuffer | null
  /** The view's part of it, GL pixels (x, y from the bottom-left, width, height). */
  viewport: [number, number, number, number]
  /** The view's camera image (`camera-access`), or null to compose the scene alone. */
  camera: WebGLTexture | null
  /** The frame's number, drawn in the corner. */
  n: number
  /** The picture's size (no larger than the view). */
  width: number
  height: number
}

type Programs = {
  compose: WebGLProgram
  uniforms: Record<string, WebGLUniformLocation | null>
}

/** A picture whose pixels are on their way back from the GPU. */
type Readback = {
  buffer: WebGLBuffer
  fence: WebGLSync | null
  width: number
  height: number
}

/** Readbacks in flight at most: a frame composed while all are waiting is not composed. */
const IN_FLIGHT = 3

const box = new Vector4()

/**
 * Composes the shared AR view on the GPU in three's own WebGL context, inside the XR frame once
 * the scene is drawn, and reads it back without waiting for the GPU: view 0 of the XR framebuffer
 * is copied out (a multisample resolve where it has samples), the picture is drawn over the
 * camera image with the frame code into a texture of the picture's size, and `readPixels` copies
 * it into a pixel buffer with a fence behind it. A later frame (`collect`) takes the pixels once
 * the fence has passed, so taking them does not wait for the frame's drawing. Nothing is drawn
 * into the view the customer sees, and no canvas is copied on the GPU for the video: a canvas in
 * memory fed with `putImageData` is captured as it is, whereas the GPU canvas this used before
 * made the GPU process convert every captured frame (SharedImageStub::OnCopyToGpuMemoryBuffer,
 * 66 ms median per frame and over half its main thread's time in a trace of the bench, software
 * GL), and the picture drawn into a corner of the view needed a second pass to put the view back.
 *
 * GL state goes through three's own state cache (`renderer.state`), so three rebinds what it
 * needs and nothing is queried from GL: after the scene is drawn, any query the browser cannot
 * answer from its own bookkeeping (a viewport, an enable) waits until the GPU process has run the
 * whole frame, 100–400 ms in software GL. The vertex array and the pixel-pack buffer, which three
 * does not cache, are put back as they were (bindings the browser keeps itself).
 */
export class ViewComposer {
  readonly gl: WebGL2RenderingContext
  private readonly state: WebGLState
  private programs: Programs | null = null
  private vao: WebGLVertexArrayObject | null = null
  private sceneFbo: WebGLFramebuffer | null = null
  private sceneTexture: WebGLTexture | null = null
  private sceneSize = { width: 0, height: 0 }
  private pictureFbo: WebGLFramebuffer | null = null
  private pictureTexture: WebGLTexture | null = null
  private pictureSize = { width: 0, height: 0 }
  /** Pixel buffers not in use, and those in flight, oldest first. */
  private free: WebGLBuffer[] = []
  private readonly pending: Readback[] = []

  constructor(renderer: WebGLRenderer) {
    const gl = renderer.getContext()
    if (!(gl instanceof WebGL2RenderingContext)) throw new Error('sharing the AR view needs WebGL2')
    this.gl = gl
    this.state = renderer.state
  }

  /** Compiles the programs now rather than in the first XR frame that composes. */
  prepare(): Programs {
    if (this.programs) return this.programs
    const gl = this.gl
    const compose = fullScreenProgram(gl, COMPOSE)
    const uniforms: Programs['uniforms'] = {}
    for (const name of ['scene', 'camera', 'hasCamera', 'size', 'code'])
      uniforms[name] = gl.getUniformLocation(compose, name)
    this.vao = gl.createVertexArray()
    this.sceneFbo = gl.createFramebuffer()
    this.pictureFbo = gl.createFramebuffer()
    this.programs = { compose, uniforms }
    return this.programs
  }

  /** Whether a picture can be composed now (false while every readback is still in flight). */
  get ready(): boolean {
    return this.pending.length < IN_FLIGHT
  }

  /**
   * Composes one picture and starts reading it back; `collect` gives its pixels in a later frame.
   * False when it was not composed (every readback still in flight).
   */
  compose(input: ComposeInput): boolean {
    if (!this.ready) return false
    const { gl, state } = this
    // Bookkept by the browser: reading them never waits for the GPU.
    const vao: WebGLVertexArrayObject | null = gl.getParameter(gl.VERTEX_ARRAY_BINDING)
    const pack: WebGLBuffer | null = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING)
    const { compose, uniforms: u } = this.prepare()
    const [vx, vy, vw, vh] = input.viewport
    const { width, height } = input
    const scene = this.sceneTarget(vw, vh)
    this.pictureTarget(width, height)

    state.setBlending(NoBlending)
    state.disable(gl.CULL_FACE)
    state.disable(gl.SAMPLE_ALPHA_TO_COVERAGE)
    state.buffers.depth.setTest(false)
    state.buffers.stencil.setTest(false)
    state.buffers.color.setMask(true)
    state.setScissorTest(false)
    state.setPolygonOffset(false)
    gl.bindVertexArray(this.vao)

    // A resolve needs equal rectangles, so the view is copied at its own size.
    state.bindFramebuffer(gl.READ_FRAMEBUFFER, input.read)
    state.bindFramebuffer(gl.DRAW_FRAMEBUFFER, this.sceneFbo)
    gl.blitFramebuffer(vx, vy, vx + vw, vy + vh, 0, 0, vw, vh, gl.COLOR_BUFFER_BIT, gl.NEAREST)

    // The picture, in its own texture.
    state.bindFramebuffer(gl.DRAW_FRAMEBUFFER, this.pictureFbo)
    state.viewport(box.set(0, 0, width, height))
    // three's useProgram (a closure, no `this`), under a name the hooks lint leaves alone.
    const bindProgram = state.useProgram
    bindProgram(compose)
    if (input.camera) state.bindTexture(gl.TEXTURE_2D, input.camera, gl.TEXTURE1)
    state.bindTexture(gl.TEXTURE_2D, scene, gl.TEXTURE0)
    gl.uniform1i(u.scene ?? null, 0)
    gl.uniform1i(u.camera ?? null, 1)
    gl.uniform1i(u.hasCamera ?? null, input.camera ? 1 : 0)
    gl.uniform2f(u.size ?? null, width, height)
    gl.uniform1i(u.code ?? null, frameCode(input.n))
    gl.drawArrays(gl.TRIANGLES, 0, 3)

    // Into a pixel buffer: the call returns at once, the copy runs after the frame's drawing.
    const buffer = this.free.pop() ?? gl.createBuffer()
    state.bindFramebuffer(gl.READ_FRAMEBUFFER, this.pictureFbo)
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer)
    gl.bufferData(gl.PIXEL_PACK_BUFFER, width * height * 4, gl.STREAM_READ)
    gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, 0)
    const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
    this.pending.push({ buffer, fence, width, height })
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, pack)
    gl.bindVertexArray(vao)
    // Back to the framebuffer the scene was drawn into, as three left it. No flush: the browser
    // sends the frame's commands, the fence with them, when the frame's callback returns.
    state.bindFramebuffer(gl.READ_FRAMEBUFFER, input.read)
    state.bindFramebuffer(gl.DRAW_FRAMEBUFFER, input.read)
    return true
  }

  /**
   * The oldest picture whose pixels are back (rows top-down, RGBA), written into `into` when it
   * is that picture's size; null when none is back yet. Never waits for the GPU.
   */
  collect(into: (width: number, height: number) => Uint8ClampedArray<ArrayBuffer>): boolean {
    const gl = this.gl
    const first = this.pending[0]
    if (!first) return false
    if (first.fence) {
      const status = gl.clientWaitSync(first.fence, 0, 0)
      if (status !== gl.ALREADY_SIGNALED && status !== gl.CONDITION_SATISFIED) return false
      gl.deleteSync(first.fence)
    }
    this.pending.shift()
    const pack: WebGLBuffer | null = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING)
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, first.buffer)
    gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, into(first.width, first.height))
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, pack)
    this.free.push(first.buffer)
    return true
  }

  /** Frees the GL objects (three's context outlives the AR session). */
  dispose(): void {
    const gl = this.gl
    gl.deleteProgram(this.programs?.compose ?? null)
    gl.deleteVertexArray(this.vao)
    gl.deleteFramebuffer(this.sceneFbo)
    gl.deleteTexture(this.sceneTexture)
    gl.deleteFramebuffer(this.pictureFbo)
    gl.deleteTexture(this.pictureTexture)
    for (const r of this.pending.splice(0)) {
      gl.deleteSync(r.fence)
      gl.deleteBuffer(r.buffer)
    }
    for (const b of this.free.splice(0)) gl.deleteBuffer(b)
    this.programs = null
    this.vao = this.sceneFbo = this.sceneTexture = this.pictureFbo = this.pictureTexture = null
  }

  /** The copy of the view, at the view's size. */
  private sceneTarget(width: number, height: number): WebGLTexture {
    if (this.sceneTexture && this.sceneSize.width === width && this.sceneSize.height === height)
      return this.sceneTexture
    this.gl.deleteTexture(this.sceneTexture)
    this.sceneTexture = this.texture(this.sceneFbo, width, height)
    this.sceneSize = { width, height }
    return this.sceneTexture
  }

  /** The picture, at the picture's size. */
  private pictureTarget(width: number, height: number): void {
    const size = this.pictureSize
    if (this.pictureTexture && size.width === width && size.height === height) return
    this.gl.deleteTexture(this.pictureTexture)
    this.pictureTexture = this.texture(this.pictureFbo, width, height)
    this.pictureSize = { width, height }
  }

  /** A texture of `width` × `height` as the colour of `fbo`. */
  private texture(fbo: WebGLFramebuffer | null, width: number, height: number): WebGLTexture {
    const gl = this.gl
    const texture = gl.createTexture()
    this.state.bindTexture(gl.TEXTURE_2D, texture)
    gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE)
    this.state.bindFramebuffer(gl.DRAW_FRAMEBUFFER, fbo)
    gl.framebufferTexture2D(gl.DRAW_FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0)
    return texture
  }
}
