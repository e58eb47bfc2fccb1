/**
 * Runs in the page before the app (bundled by esbuild, injected with `page.addInitScript`): gives
 * IWER the WebXR `camera-access` feature. The device lists it as supported, the first view of each
 * viewer pose has a `camera`, and `XRWebGLBinding.getCameraImage(camera)` returns a texture of a
 * truth scene (a printed QR label at a world pose the test chose, on a textured surface, and any
 * coloured discs the test put in the room) rendered
 * in the binding's own GL context through that view's projection and pose, rows bottom-up as a GL
 * framebuffer, like a phone's camera texture. Never part of the app bundle.
 */
import {
  fullScreenProgram,
  passState,
  saveGlState,
  setProgram,
} from '../../../web/xr/camera/gl-state'
import type { PageTruth } from './truth'

declare global {
  interface Window {
    __xrCameraTruth?: PageTruth
    /** Counters for tests: getCameraImage calls, truth renders and the last render's time. */
    __xrCameraStats?: { calls: number; renders: number; lastRenderMs: number }
  }
}

type Camera = { readonly width: number; readonly height: number }
type Resources = {
  scene: WebGLProgram
  post: WebGLProgram
  vao: WebGLVertexArrayObject
  modules: WebGLTexture
  modulesOf: PageTruth | null
  fbo: WebGLFramebuffer
  temp: [WebGLTexture, WebGLTexture]
  out: WebGLTexture
  width: number
  height: number
  key: string
}

const stats = { calls: 0, renders: 0, lastRenderMs: 0 }
window.__xrCameraStats = stats

const viewOfCamera = new WeakMap<Camera, XRView>()
const cameraOfView = new WeakMap<XRView, Camera>()
const resources = new WeakMap<WebGL2RenderingContext, Resources>()

/** Replaces the global `name` with an accessor that lets `onSet` patch whatever IWER installs. */
function intercept<T>(name: string, onSet: (value: T) => T, initial?: T) {
  let current: unknown = Reflect.get(globalThis, name) ?? initial
  Object.defineProperty(globalThis, name, {
    configurable: true,
    enumerable: false,
    get: () => current,
    set: (value: T) => {
      current = onSet(value)
    },
  })
}

// The device handle the app publishes: add the feature to IWER's own supported list, which
// requestSession filters optional features against.
intercept<{ device: { supportedFeatures: string[] } } | undefined>('__fixpointXR', (handle) => {
  const features = handle?.device.supportedFeatures
  if (features && !features.includes('camera-access')) features.push('camera-access')
  return handle
})

function cameraHeight(): number {
  return window.__xrCameraTruth?.cameraHeight ?? 1080
}

// IWER's XRView is a global once its runtime is installed: give its first view a camera.
intercept<{ prototype: object }>('XRView', (cls) => {
  Object.defineProperty(cls.prototype, 'camera', {
    configurable: true,
    get(this: XRView) {
      if (this.eye === 'right') return null
      let camera = cameraOfView.get(this)
      if (!camera) {
        const p = this.projectionMatrix
        const height = cameraHeight()
        const width = Math.round((height * (p[5] ?? 1)) / (p[0] ?? 1))
        camera = Object.freeze({ width, height })
        cameraOfView.set(this, camera)
        viewOfCamera.set(camera, this)
      }
      return camera
    },
  })
  return cls
})

type BindingClass = new (session: XRSession, gl: WebGL2RenderingContext) => object

function withCameraImage(Base: BindingClass): BindingClass {
  const glOf = new WeakMap<object, WebGL2RenderingContext>()
  return class CameraAccessBinding extends Base {
    constructor(session: XRSession, gl: WebGL2RenderingContext) {
      super(session, gl)
      glOf.set(this, gl)
    }

    getCameraImage(camera: Camera): WebGLTexture {
      const gl = glOf.get(this)
      const view = viewOfCamera.get(camera)
      if (!gl || !view) throw new DOMException('Not a camera of this session', 'InvalidStateError')
      return cameraImage(gl, view, camera)
    }
  }
}

/** Stands in until IWER installs its own binding class. */
class StandaloneBinding {}

// Defined before the app's scripts run (three.js checks for it when its renderer is made); when
// IWER installs its own binding (depth sensing), ours extends it.
intercept<BindingClass>(
  'XRWebGLBinding',
  withCameraImage,
  withCameraImage(StandaloneBinding as BindingClass),
)

// Ray-casts every sub-sample of each pixel onto the label's plane (label frame z = 0): the QR
// symbol with its quiet zone, on a surface with a printed pattern, a plain backdrop elsewhere.
const SCENE = `#version 300 es
precision highp float;
precision highp int;
uniform mat4 labelFromView;
// The view's projection terms: a view-space ray through NDC (x, y) is ((x + p8) / p0, (y + p9) / p5, −1).
uniform vec4 projection;
uniform vec2 size;
uniform float side;
uniform int modules;
uniform sampler2D grid;
// Coloured discs (objects in the room), in the label's frame.
#define MAX_DISCS 4
uniform int discCount;
uniform vec3 discCentre[MAX_DISCS];
uniform vec3 discNormal[MAX_DISCS];
uniform float discRadius[MAX_DISCS];
uniform vec3 discColour[MAX_DISCS];
out vec4 colour;

float surface(vec2 p) {
  vec2 cell = floor(p / 0.02);
  float checker = mod(cell.x + cell.y, 2.0);
  float grain = 0.5 + 0.5 * sin(p.x * 173.0) * sin(p.y * 131.0);
  return 0.35 + 0.12 * checker + 0.08 * grain;
}

float labelShade(vec3 origin, vec3 dir, vec2 ndc) {
  if (abs(dir.z) < 1e-9 || -origin.z / dir.z <= 0.0) return 0.55 + 0.2 * ndc.y;
  vec2 hit = (origin + dir * (-origin.z / dir.z)).xy;
  if (origin.z < 0.0) return 0.3;
  float n = float(modules);
  vec2 m = vec2(hit.x + side * 0.5, side * 0.5 - hit.y) / side * n;
  if (m.x >= 0.0 && m.y >= 0.0 && m.x < n && m.y < n) {
    float dark = texelFetch(grid, ivec2(floor(m)), 0).r;
    return dark > 0.5 ? 0.06 : 0.94;
  }
  if (m.x >= -4.0 && m.y >= -4.0 && m.x < n + 4.0 && m.y < n + 4.0) return 0.94;
  return surface(hit);
}

// The label's plane, and in front of it any coloured disc the ray meets first.
vec3 shade(vec2 pixel) {
  vec2 ndc = pixel / size * 2.0 - 1.0;
  vec3 ray = vec3((ndc + projection.zw) / projection.xy, -1.0);
  vec3 dir = (labelFromView * vec4(ray, 0.0)).xyz;
  vec3 origin = (labelFromView * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  float nearest = abs(dir.z) > 1e-9 && -origin.z / dir.z > 0.0 ? -origin.z / dir.z : 1e9;
  vec3 colour = vec3(labelShade(origin, dir, ndc));
  for (int i = 0; i < MAX_DISCS; i++) {
    if (i >= discCount) break;
    float facing = dot(dir, discNormal[i]);
    if (abs(facing) < 1e-9) continue;
    float t = dot(discCentre[i] - origin, discNormal[i]) / facing;
    // A disc lying on the label's plane (an object on the table) wins over the plane.
    if (t <= 0.0 || t > nearest + 1e-4) continue;
    if (length(origin + dir * t - discCentre[i]) > discRadius[i]) continue;
    nearest = t;
    colour = discColour[i];
  }
  return colour;
}

// Where a pixel lands in module units (NaN-free: far outside when the ray misses the plane).
vec2 moduleAt(vec2 pixel) {
  vec2 ndc = pixel / size * 2.0 - 1.0;
  vec3 ray = vec3((ndc + projection.zw) / projection.xy, -1.0);
  vec3 dir = (labelFromView * vec4(ray, 0.0)).xyz;
  vec3 origin = (labelFromView * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  if (abs(dir.z) < 1e-9 || -origin.z / dir.z <= 0.0) return vec2(-1e6);
  vec2 hit = (origin + dir * (-origin.z / dir.z)).xy;
  return vec2(hit.x + side * 0.5, side * 0.5 - hit.y) / side * float(modules);
}

void main() {
  // 3×3 samples where the label's edges are (the code and its quiet zone, a module around it);
  // elsewhere the background is smooth and one sample is the same picture at a ninth of the cost.
  vec2 m = moduleAt(gl_FragCoord.xy);
  float n = float(modules);
  if (m.x < -6.0 || m.y < -6.0 || m.x > n + 6.0 || m.y > n + 6.0) {
    colour = vec4(shade(gl_FragCoord.xy), 1.0);
    return;
  }
  vec3 sum = vec3(0.0);
  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      sum += shade(gl_FragCoord.xy - 0.5 + (vec2(float(i), float(j)) + 0.5) / 3.0);
  colour = vec4(sum / 9.0, 1.0);
}`

// A separable Gaussian blur along dir; on the last pass also exposure and per-pixel noise (the same
// on every channel, so a grey scene stays grey).
const POST = `#version 300 es
precision highp float;
uniform sampler2D source;
uniform vec2 dir;
uniform float sigma;
uniform float exposure;
uniform float noise;
uniform float seed;
out vec4 colour;

float hash(vec2 p) {
  return fract(sin(dot(p + seed, vec2(12.9898, 78.233))) * 43758.5453);
}

void main() {
  ivec2 size = textureSize(source, 0);
  ivec2 at = ivec2(gl_FragCoord.xy);
  vec3 total = vec3(0.0);
  float weight = 0.0;
  int radius = int(ceil(3.0 * sigma));
  for (int k = -radius; k <= radius; k++) {
    float w = sigma > 0.0 ? exp(-float(k * k) / (2.0 * sigma * sigma)) : 1.0;
    ivec2 p = clamp(at + ivec2(dir) * k, ivec2(0), size - 1);
    total += w * texelFetch(source, p, 0).rgb;
    weight += w;
  }
  vec3 v = total / weight * exposure;
  if (noise > 0.0) {
    float u1 = max(hash(gl_FragCoord.xy), 1e-6);
    float u2 = hash(gl_FragCoord.yx + 17.0);
    v += noise * sqrt(-2.0 * log(u1)) * cos(6.2831853 * u2);
  }
  colour = vec4(clamp(v, 0.0, 1.0), 1.0);
}`

function texture(gl: WebGL2RenderingContext): WebGLTexture {
  const t = gl.createTexture()
  gl.bindTexture(gl.TEXTURE_2D, t)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.LINEAR)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.LINEAR)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE)
  return t
}

function setup(gl: WebGL2RenderingContext): Resources {
  const r: Resources = {
    scene: fullScreenProgram(gl, SCENE),
    post: fullScreenProgram(gl, POST),
    vao: gl.createVertexArray(),
    modules: texture(gl),
    modulesOf: null,
    fbo: gl.createFramebuffer(),
    temp: [texture(gl), texture(gl)],
    out: texture(gl),
    width: 0,
    height: 0,
    key: '',
  }
  gl.bindTexture(gl.TEXTURE_2D, r.modules)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST)
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST)
  return r
}

function invertRigid(m: ArrayLike<number>): number[] {
  const r = (i: number) => m[i] ?? 0
  const [tx, ty, tz] = [r(12), r(13), r(14)]
  // Rᵀ in the upper 3×3, −Rᵀt in the last column.
  return [
    ...[r(0), r(4), r(8), 0],
    ...[r(1), r(5), r(9), 0],
    ...[r(2), r(6), r(10), 0],
    -(r(0) * tx + r(1) * ty + r(2) * tz),
    -(r(4) * tx + r(5) * ty + r(6) * tz),
    -(r(8) * tx + r(9) * ty + r(10) * tz),
    1,
  ]
}

function transformPoint(m: number[], p: [number, number, number]): [number, number, number] {
  const r = (i: number) => m[i] ?? 0
  return [0, 1, 2].map((k) => r(k) * p[0] + r(4 + k) * p[1] + r(8 + k) * p[2] + r(12 + k)) as [
    number,
    number,
    number,
  ]
}

function transformDirection(m: number[], v: [number, number, number]): [number, number, number] {
  const r = (i: number) => m[i] ?? 0
  const d = [0, 1, 2].map((k) => r(k) * v[0] + r(4 + k) * v[1] + r(8 + k) * v[2])
  const length = Math.hypot(d[0] ?? 0, d[1] ?? 0, d[2] ?? 0) || 1
  return d.map((x) => x / length) as [number, number, number]
}

function multiply(a: ArrayLike<number>, b: ArrayLike<number>): number[] {
  const out = new Array<number>(16).fill(0)
  for (let c = 0; c < 4; c++)
    for (let r = 0; r < 4; r++) {
      let s = 0
      for (let k = 0; k < 4; k++) s += (a[k * 4 + r] ?? 0) * (b[c * 4 + k] ?? 0)
      out[c * 4 + r] = s
    }
  return out
}

function allocate(gl: WebGL2RenderingContext, r: Resources, width: number, height: number) {
  if (r.width === width && r.height === height) return
  for (const t of [...r.temp, r.out]) {
    gl.bindTexture(gl.TEXTURE_2D, t)
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, width, height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null)
  }
  r.width = width
  r.height = height
}

function uploadModules(gl: WebGL2RenderingContext, r: Resources, truth: PageTruth) {
  if (r.modulesOf === truth) return
  const n = truth.modules.size
  const texels = new Uint8Array(n * n * 4)
  truth.modules.dark.forEach((dark, i) => {
    texels.fill(dark ? 255 : 0, i * 4, i * 4 + 4)
  })
  gl.bindTexture(gl.TEXTURE_2D, r.modules)
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, n, n, 0, gl.RGBA, gl.UNSIGNED_BYTE, texels)
  r.modulesOf = truth
}

function draw(gl: WebGL2RenderingContext, target: WebGLTexture) {
  gl.framebufferTexture2D(gl.DRAW_FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, target, 0)
  gl.drawArrays(gl.TRIANGLES, 0, 3)
}

function render(gl: WebGL2RenderingContext, r: Resources, view: XRView, truth: PageTruth) {
  const labelFromView = multiply(invertRigid(truth.worldFromLabel), view.transform.matrix)
  const [temp0, temp1] = r.temp
  gl.bindVertexArray(r.vao)
  gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, r.fbo)
  gl.viewport(0, 0, r.width, r.height)

  setProgram(gl, r.scene)
  const at = (program: WebGLProgram, name: string) => gl.getUniformLocation(program, name)
  gl.uniformMatrix4fv(at(r.scene, 'labelFromView'), false, labelFromView)
  const p = view.projectionMatrix
  gl.uniform4f(at(r.scene, 'projection'), p[0] ?? 1, p[5] ?? 1, p[8] ?? 0, p[9] ?? 0)
  gl.uniform2f(at(r.scene, 'size'), r.width, r.height)
  gl.uniform1f(at(r.scene, 'side'), truth.sideM)
  gl.uniform1i(at(r.scene, 'modules'), truth.modules.size)
  gl.uniform1i(at(r.scene, 'grid'), 0)
  const labelFromWorld = invertRigid(truth.worldFromLabel)
  const discs = truth.discs.slice(0, 4)
  gl.uniform1i(at(r.scene, 'discCount'), discs.length)
  discs.forEach((d, i) => {
    const c = transformPoint(labelFromWorld, d.centre)
    const n = transformDirection(labelFromWorld, d.normal)
    gl.uniform3f(at(r.scene, `discCentre[${i}]`), c[0], c[1], c[2])
    gl.uniform3f(at(r.scene, `discNormal[${i}]`), n[0], n[1], n[2])
    gl.uniform1f(at(r.scene, `discRadius[${i}]`), d.radiusM)
    gl.uniform3f(at(r.scene, `discColour[${i}]`), d.rgb[0], d.rgb[1], d.rgb[2])
  })
  gl.bindTexture(gl.TEXTURE_2D, r.modules)
  draw(gl, temp0)

  setProgram(gl, r.post)
  const blur = Math.min(truth.blurPx, 16)
  gl.uniform1i(at(r.post, 'source'), 0)
  gl.uniform1f(at(r.post, 'seed'), (stats.renders % 97) * 1.37)
  const pass = (from: WebGLTexture, to: WebGLTexture, dir: [number, number], last: boolean) => {
    gl.uniform2f(at(r.post, 'dir'), dir[0], dir[1])
    gl.uniform1f(at(r.post, 'sigma'), blur)
    gl.uniform1f(at(r.post, 'exposure'), last ? truth.exposure : 1)
    gl.uniform1f(at(r.post, 'noise'), last ? truth.noise : 0)
    gl.bindTexture(gl.TEXTURE_2D, from)
    draw(gl, to)
  }
  if (blur > 0) {
    pass(temp0, temp1, [1, 0], false)
    pass(temp1, r.out, [0, 1], true)
  } else pass(temp0, r.out, [0, 0], true)
  gl.framebufferTexture2D(gl.DRAW_FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, null, 0)
}

const truthIds = new WeakMap<PageTruth, number>()
let nextTruthId = 1

function cameraImage(gl: WebGL2RenderingContext, view: XRView, camera: Camera): WebGLTexture {
  stats.calls += 1
  const truth = window.__xrCameraTruth
  if (!truth) throw new Error('camera-access harness: window.__xrCameraTruth is not set')
  let truthId = truthIds.get(truth)
  if (!truthId) {
    truthId = nextTruthId++
    truthIds.set(truth, truthId)
  }
  let r = resources.get(gl)
  // Software GL is slow: render again only when the view or the truth changed.
  const key = [
    truthId,
    camera.width,
    camera.height,
    ...view.projectionMatrix,
    ...view.transform.matrix,
  ].join(',')
  if (r && r.key === key) return r.out

  const start = performance.now()
  const restore = saveGlState(gl)
  try {
    passState(gl)
    gl.bindBuffer(gl.PIXEL_UNPACK_BUFFER, null)
    for (const [p, v] of [
      [gl.UNPACK_ALIGNMENT, 4],
      [gl.UNPACK_ROW_LENGTH, 0],
      [gl.UNPACK_SKIP_ROWS, 0],
      [gl.UNPACK_SKIP_PIXELS, 0],
      [gl.UNPACK_FLIP_Y_WEBGL, 0],
      [gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, 0],
    ] as const)
      gl.pixelStorei(p, v)
    if (!r) {
      r = setup(gl)
      resources.set(gl, r)
    }
    allocate(gl, r, camera.width, camera.height)
    uploadModules(gl, r, truth)
    render(gl, r, view, truth)
    r.key = key
  } finally {
    restore()
  }
  stats.renders += 1
  stats.lastRenderMs = performance.now() - start
  return r.out
}
