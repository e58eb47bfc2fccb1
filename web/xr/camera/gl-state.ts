/**
 * Saves the WebGL2 state that a small offscreen pass touches and returns the function that puts it
 * back exactly: three.js caches GL state (program, framebuffer, viewport, bound textures, VAO,
 * enables) and would otherwise draw with ours. Used between three's own work inside an XR frame.
 * Texture unit 0 is the one passes use; its texture and sampler are saved with it, and those of
 * any other `units` a pass binds.
 */
export function saveGlState(gl: WebGL2RenderingContext, units: number[] = [0]): () => void {
  const enables = [
    gl.BLEND,
    gl.CULL_FACE,
    gl.DEPTH_TEST,
    gl.STENCIL_TEST,
    gl.SCISSOR_TEST,
    gl.POLYGON_OFFSET_FILL,
    gl.SAMPLE_ALPHA_TO_COVERAGE,
    gl.SAMPLE_COVERAGE,
    gl.RASTERIZER_DISCARD,
  ].map((cap) => [cap, gl.isEnabled(cap)] as const)
  const pixelStore = [
    gl.PACK_ALIGNMENT,
    gl.PACK_ROW_LENGTH,
    gl.PACK_SKIP_ROWS,
    gl.PACK_SKIP_PIXELS,
    gl.UNPACK_ALIGNMENT,
    gl.UNPACK_ROW_LENGTH,
    gl.UNPACK_SKIP_ROWS,
    gl.UNPACK_SKIP_PIXELS,
    gl.UNPACK_FLIP_Y_WEBGL,
    gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL,
  ].map((p) => [p, Number(gl.getParameter(p))] as const)
  const activeTexture: number = gl.getParameter(gl.ACTIVE_TEXTURE)
  const bound = units.map((unit) => {
    gl.activeTexture(gl.TEXTURE0 + unit)
    const texture: WebGLTexture | null = gl.getParameter(gl.TEXTURE_BINDING_2D)
    const sampler: WebGLSampler | null = gl.getParameter(gl.SAMPLER_BINDING)
    return { unit, texture, sampler }
  })
  const program: WebGLProgram | null = gl.getParameter(gl.CURRENT_PROGRAM)
  const drawFbo: WebGLFramebuffer | null = gl.getParameter(gl.DRAW_FRAMEBUFFER_BINDING)
  const readFbo: WebGLFramebuffer | null = gl.getParameter(gl.READ_FRAMEBUFFER_BINDING)
  const viewport: Int32Array = gl.getParameter(gl.VIEWPORT)
  const mask: boolean[] = gl.getParameter(gl.COLOR_WRITEMASK)
  const vao: WebGLVertexArrayObject | null = gl.getParameter(gl.VERTEX_ARRAY_BINDING)
  const packBuffer: WebGLBuffer | null = gl.getParameter(gl.PIXEL_PACK_BUFFER_BINDING)
  const unpackBuffer: WebGLBuffer | null = gl.getParameter(gl.PIXEL_UNPACK_BUFFER_BINDING)
  return () => {
    for (const [cap, on] of enables) on ? gl.enable(cap) : gl.disable(cap)
    for (const [p, v] of pixelStore) gl.pixelStorei(p, v)
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, packBuffer)
    gl.bindBuffer(gl.PIXEL_UNPACK_BUFFER, unpackBuffer)
    gl.bindVertexArray(vao)
    gl.colorMask(mask[0] ?? true, mask[1] ?? true, mask[2] ?? true, mask[3] ?? true)
    gl.viewport(viewport[0] ?? 0, viewport[1] ?? 0, viewport[2] ?? 0, viewport[3] ?? 0)
    gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, drawFbo)
    gl.bindFramebuffer(gl.READ_FRAMEBUFFER, readFbo)
    setProgram(gl, program)
    for (const { unit, texture, sampler } of bound) {
      gl.activeTexture(gl.TEXTURE0 + unit)
      gl.bindSampler(unit, sampler)
      gl.bindTexture(gl.TEXTURE_2D, texture)
    }
    gl.activeTexture(activeTexture)
  }
}

/**
 * How a small offscreen pass sets the GL state it needs while the context's owner keeps a true
 * view of that state. `begin` puts the state of a full-screen pass (no blending, culling or
 * scissor, all colours written, texture unit 0 active), the setters bind the pass's objects,
 * `end` hands the context back.
 */
export type PassState = {
  begin(): void
  /** Binds `fbo` for drawing and reading. */
  framebuffer(fbo: WebGLFramebuffer | null): void
  viewport(width: number, height: number): void
  program(program: WebGLProgram): void
  vertexArray(vao: WebGLVertexArrayObject | null): void
  /** Binds a 2D texture on unit 0. */
  texture(texture: WebGLTexture): void
  end(): void
}

/**
 * A pass state for a context nobody caches state of, or one whose cache we cannot reach: reads
 * the state back (`saveGlState`) at `begin` and restores it at `end`.
 */
export function savedPassState(gl: WebGL2RenderingContext): PassState {
  let restore: (() => void) | null = null
  return {
    begin() {
      restore = saveGlState(gl)
      passState(gl)
    },
    framebuffer: (fbo) => gl.bindFramebuffer(gl.FRAMEBUFFER, fbo),
    viewport: (width, height) => gl.viewport(0, 0, width, height),
    program: (program) => setProgram(gl, program),
    vertexArray: (vao) => gl.bindVertexArray(vao),
    texture: (texture) => gl.bindTexture(gl.TEXTURE_2D, texture),
    end() {
      restore?.()
      restore = null
    },
  }
}

/** `gl.useProgram` (called through the prototype: the linter takes `use…` calls for React hooks). */
export function setProgram(gl: WebGL2RenderingContext, program: WebGLProgram | null): void {
  WebGL2RenderingContext.prototype.useProgram.call(gl, program)
}

/** Puts the state a full-screen pass needs: no blending, tests, culling or masks; unit 0. */
export function passState(gl: WebGL2RenderingContext): void {
  for (const cap of [
    gl.BLEND,
    gl.CULL_FACE,
    gl.DEPTH_TEST,
    gl.STENCIL_TEST,
    gl.SCISSOR_TEST,
    gl.POLYGON_OFFSET_FILL,
    gl.SAMPLE_ALPHA_TO_COVERAGE,
    gl.SAMPLE_COVERAGE,
    gl.RASTERIZER_DISCARD,
  ])
    gl.disable(cap)
  gl.colorMask(true, true, true, true)
  gl.activeTexture(gl.TEXTURE0)
  gl.bindSampler(0, null)
}

/** Compiles a full-screen-triangle program (no attributes: positions from gl_VertexID). */
export function fullScreenProgram(gl: WebGL2RenderingContext, fragment: string): WebGLProgram {
  const vertex = `#version 300 es
void main() {
  vec2 p = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  gl_Position = vec4(p * 2.0 - 1.0, 0.0, 1.0);
}`
  const program = gl.createProgram()
  for (const [type, source] of [
    [gl.VERTEX_SHADER, vertex],
    [gl.FRAGMENT_SHADER, fragment],
  ] as const) {
    const shader = gl.createShader(type)
    if (!shader) throw new Error('WebGL could not create a shader')
    gl.shaderSource(shader, source)
    gl.compileShader(shader)
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS))
      throw new Error(`Shader did not compile: ${gl.getShaderInfoLog(shader)}`)
    gl.attachShader(program, shader)
    gl.deleteShader(shader)
  }
  gl.linkProgram(program)
  if (!gl.getProgramParameter(program, gl.LINK_STATUS))
    throw new Error(`Program did not link: ${gl.getProgramInfoLog(program)}`)
  return program
}
