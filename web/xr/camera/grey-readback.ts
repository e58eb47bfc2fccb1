import { fullScreenProgram, type PassState, savedPassState, setProgram } from './gl-state'

/** Longest side of the grey frame sent to the decoder, pixels. */
export const MAX_GREY_SIDE = 1280

/** Size of the grey frame for a camera image of `width` × `height`: at most 1280 on its longer
 * side, its width a multiple of 4 (four grey pixels travel in one RGBA texel). */
export function greySize(width: number, height: number): { width: number; height: number } {
  if (!(width > 0 && height > 0)) throw new Error(`bad camera image size ${width}×${height}`)
  const scale = Math.min(1, MAX_GREY_SIDE / Math.max(width, height))
  return {
    width: Math.max(4, Math.round((width * scale) / 4) * 4),
    height: Math.max(1, Math.round(height * scale)),
  }
}

// Each output texel holds four neighbouring grey pixels of one row, so RGBA/UNSIGNED_BYTE (the
// one read format every WebGL2 implementation supports) reads back exactly one byte per pixel.
// Row y of the target is image row y counted from the top (the camera texture's rows run
// bottom-up, as any GL framebuffer's), so the bytes come out top-down.
const GREY = `#version 300 es
precision highp float;
uniform sampler2D camera;
uniform vec2 size;
uniform vec2 origin;
out vec4 grey;

float luma(float x, float row) {
  vec2 uv = vec2((x + 0.5) / size.x, 1.0 - (row + 0.5) / size.y);
  return dot(texture(camera, uv).rgb, vec3(0.299, 0.587, 0.114));
}

void main() {
  float x = origin.x + floor(gl_FragCoord.x) * 4.0;
  float row = origin.y + floor(gl_FragCoord.y);
  grey = vec4(luma(x, row), luma(x + 1.0, row), luma(x + 2.0, row), luma(x + 3.0, row));
}`

type Pending = { fence: WebGLSync; buffer: PackBuffer; byteLength: number }

/** A pixel pack buffer and the bytes it holds. */
type PackBuffer = { buffer: WebGLBuffer; bytes: number }

/**
 * Pack buffers are sized in steps of this many bytes: a region that follows the label changes
 * its size a little from frame to frame, and a buffer of a steady size is neither reallocated
 * nor its browser-side shadow copy (shared memory the fence fills) allocated at a new size.
 */
const PACK_STEP = 64 * 1024

/** A rectangle of the grey frame, pixels (x and width multiples of 4 are not required). */
export type GreyRegion = { x: number; y: number; width: number; height: number }

/**
 * `region` fitted into a `frame`-sized grey frame: clamped to it, its width a multiple of 4
 * (widened, or narrowed at the frame's edge); null when nothing of it is left.
 */
export function fitRegion(
  region: GreyRegion,
  frame: { width: number; height: number },
): GreyRegion | null {
  const x0 = Math.max(0, Math.floor(region.x))
  const y0 = Math.max(0, Math.floor(region.y))
  const y1 = Math.min(frame.height, Math.ceil(region.y + region.height))
  let width = Math.ceil((Math.min(frame.width, region.x + region.width) - x0) / 4) * 4
  const x = Math.max(0, Math.min(x0, frame.width - width))
  width = Math.min(width, frame.width - x)
  width -= width % 4
  return width >= 4 && y1 > y0 ? { x, y: y0, width, height: y1 - y0 } : null
}

/**
 * Camera image → downsampled grey pixels, without stalling a frame: the conversion is drawn on
 * the GPU into our own framebuffer, read into a pixel pack buffer behind a fence, and the bytes
 * are copied out in a later frame once the fence has passed. One frame at a time.
 */
export class GreyReadback {
  private readonly gl: WebGL2RenderingContext
  private readonly pass: PassState
  private program: WebGLProgram | null = null
  private uniforms: { size: WebGLUniformLocation | null; origin: WebGLUniformLocation | null } = {
    size: null,
    origin: null,
  }
  private vao: WebGLVertexArrayObject | null = null
  private fbo: WebGLFramebuffer | null = null
  private target: WebGLTexture | null = null
  private size = { width: 0, height: 0 }
  private pending: Pending | null = null
  /**
   * One pack buffer for whole frames and one for regions: reads alternate between the two
   * (a region while the label is followed, the whole frame once it is lost), each at a steady size.
   */
  private readonly packs: { whole: PackBuffer | null; region: PackBuffer | null } = {
    whole: null,
    region: null,
  }

  /** `pass`: how the pass sets its GL state (default: read back and restored around it). */
  constructor(gl: WebGL2RenderingContext, pass?: PassState) {
    this.gl = gl
    this.pass = pass ?? savedPassState(gl)
  }

  /** Whether a frame is on its way back from the GPU. */
  get busy(): boolean {
    return this.pending !== null
  }

  /**
   * Converts `texture` (a camera image of `width` × `height`) to grey and starts reading it back,
   * the whole frame or only `region` of it (grey-frame pixels, e.g. around where the label was
   * last seen: a fraction of the bytes); returns the grey frame's size and the region read.
   * Leaves the GL state as the pass state keeps it.
   */
  start(
    texture: WebGLTexture,
    width: number,
    height: number,
    region?: GreyRegion | null,
  ): { width: number; height: number; region: GreyRegion } {
    if (this.pending) throw new Error('a grey frame is already being read back')
    const { gl, pass } = this
    const size = greySize(width, height)
    const read = (region && fitRegion(region, size)) ?? { x: 0, y: 0, ...size }
    const bytes = read.width * read.height
    pass.begin()
    try {
      const program = this.prepare(size)
      pass.framebuffer(this.fbo)
      pass.viewport(read.width / 4, read.height)
      pass.program(program)
      pass.vertexArray(this.vao)
      pass.texture(texture)
      gl.uniform2f(this.uniforms.size, size.width, size.height)
      gl.uniform2f(this.uniforms.origin, read.x, read.y)
      gl.drawArrays(gl.TRIANGLES, 0, 3)
      const pack = this.packFor(bytes, bytes === size.width * size.height)
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, pack.buffer)
      gl.pixelStorei(gl.PACK_ALIGNMENT, 4)
      gl.pixelStorei(gl.PACK_ROW_LENGTH, 0)
      gl.pixelStorei(gl.PACK_SKIP_ROWS, 0)
      gl.pixelStorei(gl.PACK_SKIP_PIXELS, 0)
      gl.readPixels(0, 0, read.width / 4, read.height, gl.RGBA, gl.UNSIGNED_BYTE, 0)
      gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null)
      const fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0)
      if (!fence) throw new Error('WebGL could not create a fence')
      // No gl.flush(): it can wait on a busy GPU process (up to 7 ms measured in software GL);
      // the browser flushes at the end of the frame and the fence is only polled in later ones.
      this.pending = { fence, buffer: pack, byteLength: bytes }
    } finally {
      pass.end()
    }
    return { ...size, region: read }
  }

  /**
   * The grey pixels (rows top-down) once the GPU has finished, else null; never waits. `spare`
   * may give a buffer of at least the frame's byte length to fill (no allocation then); the
   * pixels are the first `byteLength` bytes of what is returned.
   */
  poll(spare?: (byteLength: number) => ArrayBuffer | null): Uint8Array<ArrayBuffer> | null {
    const { gl, pending } = this
    if (!pending) return null
    const status = gl.clientWaitSync(pending.fence, 0, 0)
    if (status === gl.TIMEOUT_EXPIRED) return null
    gl.deleteSync(pending.fence)
    this.pending = null
    if (status === gl.WAIT_FAILED) return null
    const { byteLength } = pending
    const buffer = spare?.(byteLength)
    const pixels =
      buffer && buffer.byteLength >= byteLength
        ? new Uint8Array(buffer, 0, byteLength)
        : new Uint8Array(byteLength)
    // COPY_READ_BUFFER: a binding nobody else's state depends on, so nothing to read back first.
    gl.bindBuffer(gl.COPY_READ_BUFFER, pending.buffer.buffer)
    gl.getBufferSubData(gl.COPY_READ_BUFFER, 0, pixels)
    gl.bindBuffer(gl.COPY_READ_BUFFER, null)
    return pixels
  }

  /** Frees the GL objects (the context may outlive the AR session). */
  dispose(): void {
    const { gl } = this
    if (this.pending) gl.deleteSync(this.pending.fence)
    this.pending = null
    gl.deleteProgram(this.program)
    gl.deleteVertexArray(this.vao)
    gl.deleteFramebuffer(this.fbo)
    gl.deleteTexture(this.target)
    for (const pack of [this.packs.whole, this.packs.region]) if (pack) gl.deleteBuffer(pack.buffer)
    this.program = this.vao = this.fbo = this.target = null
    this.packs.whole = this.packs.region = null
  }

  /** Compiles the conversion program (else done by the first `start`). */
  prepareProgram(): WebGLProgram {
    if (this.program) return this.program
    const { gl } = this
    const program = fullScreenProgram(gl, GREY)
    this.program = program
    this.uniforms = {
      size: gl.getUniformLocation(program, 'size'),
      origin: gl.getUniformLocation(program, 'origin'),
    }
    // The sampler reads texture unit 0, the uniform's default, set once here all the same.
    const previous: WebGLProgram | null = gl.getParameter(gl.CURRENT_PROGRAM)
    setProgram(gl, program)
    gl.uniform1i(gl.getUniformLocation(program, 'camera'), 0)
    setProgram(gl, previous)
    return program
  }

  /**
   * The pack buffer for `bytes`, (re)allocated in steps of PACK_STEP: grown when too small, and
   * shrunk only when over four times too big (the label moved far away).
   */
  private packFor(bytes: number, whole: boolean): PackBuffer {
    const { gl } = this
    const key = whole ? 'whole' : 'region'
    let pack = this.packs[key]
    if (pack && pack.bytes >= bytes && pack.bytes <= 4 * bytes + PACK_STEP) return pack
    const buffer = pack?.buffer ?? gl.createBuffer()
    pack = { buffer, bytes: Math.ceil(bytes / PACK_STEP) * PACK_STEP }
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, buffer)
    gl.bufferData(gl.PIXEL_PACK_BUFFER, pack.bytes, gl.STREAM_READ)
    gl.bindBuffer(gl.PIXEL_PACK_BUFFER, null)
    this.packs[key] = pack
    return pack
  }

  /** Our framebuffer and its target for a grey frame of `size`, made or remade when it changes. */
  private prepare(size: { width: number; height: number }): WebGLProgram {
    const { gl, pass } = this
    const program = this.prepareProgram()
    this.vao ??= gl.createVertexArray()
    this.fbo ??= gl.createFramebuffer()
    if (this.target && size.width === this.size.width && size.height === this.size.height)
      return program
    gl.deleteTexture(this.target)
    const target = gl.createTexture()
    this.target = target
    pass.texture(target)
    gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, size.width / 4, size.height)
    pass.framebuffer(this.fbo)
    gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, target, 0)
    this.size = size
    return program
  }
}
