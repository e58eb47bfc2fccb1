import { NoBlending, Vector4, type WebGLRenderer, type WebGLState } from 'three'
import { CODE_BLOCK, CODE_COLUMNS, CODE_HEIGHT, CODE_WIDTH, frameCode } from '../../call/frame-code'
import { fullScreenProgram } from '../camera/gl-state'

// The camera image behind, the scene as the XR framebuffer holds it (premultiplied by its alpha,
// transparent where nothing was drawn) over it, as the device's compositor shows them, and the
// frame's code in the picture's bottom-left corner. Drawn upright into a corner of the canvas's
// own framebuffer (GL rows run bottom-up, as the canvas shows them), at the picture's size.
const COMPOSE = `#version 300 es
precision highp float;
precision highp int;
uniform sampler2D scene;
uniform sampler2D camera;
uniform bool hasCamera;
uniform vec2 origin;
uniform vec2 size;
uniform int code;
out vec4 colour;

// Behind the scene where there is no camera image: a dark neutral, like the app's own backdrop.
const vec3 BACKDROP = vec3(0.16, 0.17, 0.19);

void main() {
  vec2 at = floor(gl_FragCoord.xy) - origin;
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

// Puts the view back where the picture was drawn over it, texel for texel.
const RESTORE = `#version 300 es
precision highp float;
uniform sampler2D scene;
uniform vec2 origin;
out vec4 colour;

void main() {
  colour = texelFetch(scene, ivec2(gl_FragCoord.xy - origin), 0);
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
  restore: WebGLProgram
  uniforms: Record<string, WebGLUniformLocation | null>
}

const box = new Vector4()

/**
 * Composes the shared AR view on the GPU in three's own WebGL context, inside the XR frame once
 * the scene is drawn, and copies it into a 2D canvas whose `captureStream` is the call's video:
 * view 0 of the XR framebuffer is copied out (a multisample resolve where it has samples), the
 * picture is drawn over the camera image with the frame code into a corner of the WebGL canvas's
 * own framebuffer, `drawImage` takes it from there into the 2D canvas (a copy on the GPU), and,
 * where that framebuffer is the XR view itself (the emulator), the view is put back before it is
 * shown. Nothing is read back to the CPU, so nothing waits for the GPU.
 *
 * GL state goes through three's own state cache (`renderer.state`), so three rebinds what it
 * needs and nothing is queried from GL: after the scene is drawn, any query the browser cannot
 * answer from its own bookkeeping (a viewport, an enable) waits until the GPU process has run the
 * whole frame, 100–400 ms in software GL. The vertex array, which three does not cache, is put
 * back as it was (its binding is the browser's own bookkeeping).
 */
export class ViewComposer {
  readonly gl: WebGL2RenderingContext
  private readonly state: WebGLState
  private programs: Programs | null = null
  private vao: WebGLVertexArrayObject | null = null
  private sceneFbo: WebGLFramebuffer | null = null
  private sceneTexture: WebGLTexture | null = null
  private sceneSize = { width: 0, height: 0 }

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
    const restore = fullScreenProgram(gl, RESTORE)
    const uniforms: Programs['uniforms'] = {}
    for (const name of ['scene', 'camera', 'hasCamera', 'origin', 'size', 'code'])
      uniforms[name] = gl.getUniformLocation(compose, name)
    uniforms.restoreScene = gl.getUniformLocation(restore, 'scene')
    uniforms.restoreOrigin = gl.getUniformLocation(restore, 'origin')
    this.vao = gl.createVertexArray()
    this.sceneFbo = gl.createFramebuffer()
    this.programs = { compose, restore, uniforms }
    return this.programs
  }

  /** Composes one picture and copies it into `target` (a 2D canvas of the picture's size). */
  compose(input: ComposeInput, target: CanvasRenderingContext2D): void {
    const { gl, state } = this
    const canvas = gl.canvas
    // Bookkept by the browser: reading it never waits for the GPU.
    const vao: WebGLVertexArrayObject | null = gl.getParameter(gl.VERTEX_ARRAY_BINDING)
    const { compose, restore, uniforms: u } = this.prepare()
    const [vx, vy, vw, vh] = input.viewport
    const { width, height } = input
    const scene = this.sceneTarget(vw, vh)

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

    // The picture, in the view's own corner of the canvas's framebuffer.
    state.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null)
    state.viewport(box.set(vx, vy, width, height))
    // three's useProgram (a closure, no `this`), under a name the hooks lint leaves alone.
    const bindProgram = state.useProgram
    bindProgram(compose)
    if (input.camera) state.bindTexture(gl.TEXTURE_2D, input.camera, gl.TEXTURE1)
    state.bindTexture(gl.TEXTURE_2D, scene, gl.TEXTURE0)
    gl.uniform1i(u.scene ?? null, 0)
    gl.uniform1i(u.camera ?? null, 1)
    gl.uniform1i(u.hasCamera ?? null, input.camera ? 1 : 0)
    gl.uniform2f(u.origin ?? null, vx, vy)
    gl.uniform2f(u.size ?? null, width, height)
    gl.uniform1i(u.code ?? null, frameCode(input.n))
    gl.drawArrays(gl.TRIANGLES, 0, 3)

    // Canvas rows run top-down: GL rows vy..vy+height are these.
    target.drawImage(canvas, vx, canvas.height - vy - height, width, height, 0, 0, width, height)

    if (input.read === null) {
      // That framebuffer is the view the customer sees (the emulator): put it back.
      bindProgram(restore)
      gl.uniform1i(u.restoreScene ?? null, 0)
      gl.uniform2f(u.restoreOrigin ?? null, vx, vy)
      gl.drawArrays(gl.TRIANGLES, 0, 3)
    }
    gl.bindVertexArray(vao)
  }

  /** Frees the GL objects (three's context outlives the AR session). */
  dispose(): void {
    const gl = this.gl
    gl.deleteProgram(this.programs?.compose ?? null)
    gl.deleteProgram(this.programs?.restore ?? null)
    gl.deleteVertexArray(this.vao)
    gl.deleteFramebuffer(this.sceneFbo)
    gl.deleteTexture(this.sceneTexture)
    this.programs = null
    this.vao = this.sceneFbo = this.sceneTexture = null
  }

  /** The copy of the view, at the view's size. */
  private sceneTarget(width: number, height: number): WebGLTexture {
    const gl = this.gl
    if (this.sceneTexture && this.sceneSize.width === width && this.sceneSize.height === height)
      return this.sceneTexture
    gl.deleteTexture(this.sceneTexture)
    const texture = gl.createTexture()
    this.state.bindTexture(gl.TEXTURE_2D, texture)
    gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, width, height)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE)
    gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE)
    this.state.bindFramebuffer(gl.DRAW_FRAMEBUFFER, this.sceneFbo)
    gl.framebufferTexture2D(gl.DRAW_FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0)
    this.sceneTexture = texture
    this.sceneSize = { width, height }
    return texture
  }
}
