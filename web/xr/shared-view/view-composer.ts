import { CODE_BLOCK, CODE_COLUMNS, CODE_HEIGHT, CODE_WIDTH, frameCode } from '../../call/frame-code'
import { fullScreenProgram, passState, saveGlState, setProgram } from '../camera/gl-state'

// The camera image behind, the scene as the XR framebuffer holds it (premultiplied by its alpha,
// transparent where nothing was drawn) over it, as the device's compositor shows them. Row r of
// the target is picture row r from the top: readPixels hands rows out bottom row first, so the
// bytes come out top-down, as ImageData wants them. The frame's code in the bottom-left corner.
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
  vec2 at = floor(gl_FragCoord.xy);
  if (at.x < ${CODE_WIDTH}.0 && at.y >= size.y - ${CODE_HEIGHT}.0) {
    int column = int(at.x) / ${CODE_BLOCK};
    int row = int(at.y - (size.y - ${CODE_HEIGHT}.0)) / ${CODE_BLOCK};
    int bit = (code >> (row * ${CODE_COLUMNS} + column)) & 1;
    colour = vec4(vec3(float(bit)), 1.0);
    return;
  }
  vec2 uv = vec2((at.x + 0.5) / size.x, 1.0 - (at.y + 0.5) / size.y);
  vec4 drawn = texture(scene, uv);
  vec3 behind = hasCamera ? texture(camera, uv).rgb : BACKDROP;
  colour = vec4(behind * (1.0 - drawn.a) + drawn.rgb, 1.0);
}`

/** One picture on its way from the GPU: its target, the buffer it is read into, its fence. */
type Slot = {
  fbo: WebGLFramebuffer
  target: WebGLTexture
  buffer: WebGLBuffer
  width: number
  height: number
  pending: { fence: WebGLSync; n: number } | null
}

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
  /** The picture's size. */
  width: number
  height: number
}

/** A composed picture back from the GPU: RGBA, rows top-down. */
export type ComposedPicture = {
  n: number
  width: number
  height: number
  pixels: Uint8Array<ArrayBuffer>
}

/** Pictures in flight at once: a slow GPU (software GL) finishes one a frame or two later. */
const SLOTS = 3

/**
 * Composes the shared AR view on the GPU in three's own WebGL context, inside the XR frame once
 * the scene is drawn: view 0 of the XR framebuffer copied out (a multisample resolve where it has
 * samples), drawn over the camera image with the frame code, and read into a pixel buffer behind
 * a fence. `collect` copies out the pictures whose fence has passed, in a later frame, never
 * waiting. Leaves the GL state as it found it (three.js caches it).
 */
export class ViewComposer {
  private readonly gl: WebGL2RenderingContext
  private program: WebGLProgram | null = null
  private uniforms: Record<string, WebGLUniformLocation | null> = {}
  private vao: WebGLVertexArrayObject | null = null
  private sceneFbo: WebGLFramebuffer | null = null
  private sceneTexture: WebGLTexture | null = null
  private sceneSize = { width: 0, height: 0 }
  private readonly slots: Slot[] = []
  private next = 0

  constructor(gl: WebGL2RenderingContext) {
    this.gl = gl
  }

  /** Compiles the program now rather than in the first XR frame that composes. */
  prepare(): void {
    const gl = this.gl
    if (this.program) return
    this.program = fullScreenProgram(gl, COMPOSE)
    for (const name of ['scene', 'camera', 'hasCamera', 'size', 'code'])
      this.uniforms[name] = gl.getUniformLocation(this.program, name)
    this.vao = gl.createVertexArray()
    this.sceneFbo = gl.createFramebuffer()
  }

  /** Whether a slot is free for one more picture. */
  get canCompose(): boolean {
    const slot = this.slots[this.next % SLOTS]
    return !slot?.pending
  }

  /** Composes one picture and starts reading it back; false when every slot is still busy. */
  compose(input: ComposeInput): boolean {
    if (!this.canCompose) return false
    const gl = this.gl
    const restore = saveGlState(gl, [0, 1])
    try {
      this.prepare()
      passState(gl)
      const [vx, vy, vw, vh] = input.viewport
      const slot = this.slot(input.width, input.height)
      this.sceneTarget(vw, vh)

      // A resolve needs equal rectangles, so the view is copied at its own size.
      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, input.read)
      gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, this.sceneFbo)
      gl.blitFramebuffer(vx, vy, vx + vw, vy + vh, 0, 0, vw, vh, gl.COLOR_BUFFER_BIT, gl.NEAREST)

      gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, slot.fbo)
      gl.viewport(0, 0, input.width, input.height)
      setProgram(gl, this.program)
      gl.bindVertexArray(this.vao)
      gl.activeTexture(gl.TEXTURE1)
      gl.bindSampler(1, null)
      gl.bindTexture(gl.TEXTURE_2D, input.camera)
      gl.activeTexture(gl.TEXTURE0)
      gl.bindTexture(gl.TEXTURE_2D, this.sceneTexture)
      const u = this.uniforms
      gl.uniform1i(u.scene ?? null, 0)
      gl.uniform1i(u.camera ?? null, 1)
      gl.uniform1i(u.hasCamera ?? null, input.camera ? 1 : 0)
      gl.uniform2f(u.size ?? null, input.width, input.height)
      gl.uniform1i(u.code ?? null, frameCode(input.n))
      gl.drawArrays(gl.TRIANGLES, 0, 3)

      gl.bindFramebuffer(gl.READ_FRAMEBUFFER, slot.fbo)
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, slot.buffer)
      gl.pixelStorei(gl.PACK_ALIGNMENT, 4)
      gl.pixelStorei(gl.PACK_ROW_LENGTH, 0)
      gl.pixelStorei(gl.PACK_SKIP_ROWS, 0)
      gl.pixelStorei(gl.PACK_SKIP_PIXELS, 0)
      gl.readPixels(0, 0, input.width, input.height, gl.RGBA, gl.UNSIGNED_BYTE, 0)
      const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
      if (!fence) throw new Error('WebGL could not create a fence')
      // No flush: the browser flushes at the end of the frame, and fences are polled later.
      slot.pending = { fence, n: input.n }
      this.next += 1
    } finally {
      restore()
    }
    return true
  }

  /**
   * The pictures the GPU has finished, oldest first, each copied into a buffer from `take`
   * (a pool, so a picture a frame does not make garbage a frame); never waits.
   */
  collect(take: (byteLength: number) => Uint8Array<ArrayBuffer>): ComposedPicture[] {
    const gl = this.gl
    const done: ComposedPicture[] = []
    const ordered = [...this.slots]
      .filter((s) => s.pending)
      .sort((a, b) => (a.pending?.n ?? 0) - (b.pending?.n ?? 0))
    for (const slot of ordered) {
      const pending = slot.pending
      if (!pending) continue
      const status = gl.clientWaitSync(pending.fence, 0, 0)
      if (status === gl.TIMEOUT_EXPIRED) break
      gl.deleteSync(pending.fence)
      slot.pending = null
      if (status === gl.WAIT_FAILED) continue
      const pixels = take(slot.width * slot.height * 4)
      const previous: WebGLBuffer | null = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING)
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, slot.buffer)
      gl.getBufferSubData(gl.PIXEL_PACK_BUFFER, 0, pixels)
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, previous)
      done.push({ n: pending.n, width: slot.width, height: slot.height, pixels })
    }
    return done
  }

  /** Frees the GL objects (three's context outlives the AR session). */
  dispose(): void {
    const gl = this.gl
    for (const slot of this.slots) {
      if (slot.pending) gl.deleteSync(slot.pending.fence)
      gl.deleteFramebuffer(slot.fbo)
      gl.deleteTexture(slot.target)
      gl.deleteBuffer(slot.buffer)
    }
    this.slots.length = 0
    gl.deleteProgram(this.program)
    gl.deleteVertexArray(this.vao)
    gl.deleteFramebuffer(this.sceneFbo)
    gl.deleteTexture(this.sceneTexture)
    this.program = this.vao = this.sceneFbo = this.sceneTexture = null
  }

  private texture(width: number, height: number): WebGLTexture {
    const gl = this.gl
    const t = gl.createTexture()
    gl.bindTexture(gl.TEXTURE_2D, t)
    gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE)
    return t
  }

  /** The copy of the view, at the view's size. */
  private sceneTarget(width: number, height: number) {
    const gl = this.gl
    if (this.sceneTexture && this.sceneSize.width === width && this.sceneSize.height === height)
      return
    gl.deleteTexture(this.sceneTexture)
    this.sceneTexture = this.texture(width, height)
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, this.sceneFbo)
    gl.framebufferTexture2D(
      gl.DRAW_FRAMEBUFFER,
      gl.COLOR_ATTACHMENT0,
      gl.TEXTURE_2D,
      this.sceneTexture,
      0,
    )
    this.sceneSize = { width, height }
  }

  /** The next slot, (re)made at the picture's size. */
  private slot(width: number, height: number): Slot {
    const gl = this.gl
    const index = this.next % SLOTS
    let slot = this.slots[index]
    if (slot && slot.width === width && slot.height === height) return slot
    if (slot) {
      gl.deleteFramebuffer(slot.fbo)
      gl.deleteTexture(slot.target)
      gl.deleteBuffer(slot.buffer)
    }
    const fbo = gl.createFramebuffer()
    const target = this.texture(width, height)
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, fbo)
    gl.framebufferTexture2D(gl.DRAW_FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, target, 0)
    const buffer = gl.createBuffer()
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer)
    gl.bufferData(gl.PIXEL_PACK_BUFFER, width * height * 4, gl.STREAM_READ)
    slot = { fbo, target, buffer, width, height, pending: null }
    this.slots[index] = slot
    return slot
  }
}
