import {
  P_DEVICE,
  P_SESSION,
  P_SPACE,
  type XRDevice,
  XRFrame,
  XRInputSource,
  XRInputSourceEvent,
  XRSession,
  XRSpace,
} from 'iwer'
import { XRHitTestResult } from 'iwer/lib/hittest/XRHitTest.js'
import { XRHandedness, XRTargetRayMode } from 'iwer/lib/input/XRInputSource.js'
import { Matrix4, Quaternion, Vector3 } from 'three'

/** The profile Chrome on Android gives its screen input. */
const PROFILE = 'generic-touchscreen'

type Touch = {
  /** The session the finger touched: one that has ended takes its touches with it. */
  session: XRSession
  source: XRInputSource
  space: XRSpace
  x: number
  y: number
  started: boolean
  ended: boolean
  cancelled: boolean
}

type TransientSource = { profile: string; cancel: () => void }
type TransientResult = { inputSource: XRInputSource; results: XRHitTestResult[] }

const forward = new Vector3(0, 0, -1)
const direction = new Vector3()
const rotation = new Quaternion()
const aim = new Matrix4()

/**
 * Touches on the screen as a phone's WebXR runtime reports them (IWER has no screen input): each
 * finger down on the page during a session is a transient input source (`screen`,
 * `generic-touchscreen`) whose target ray starts at the camera and goes through the touch point,
 * with `selectstart`, `select` on lifting (not on cancel) and `selectend`; an element of the DOM
 * overlay that cancels `beforexrselect` keeps its touches from the session. Hit tests for
 * transient input (`requestHitTestSourceForTransientInput`) return what the synthetic room has
 * under each finger. Mouse presses count as touches, for a developer at a desktop.
 */
export function emulateScreenTouches(device: XRDevice): void {
  const touches = new Map<number, Touch>()
  const transient = new Set<TransientSource>()
  const resultsOf = new WeakMap<XRFrame, Map<TransientSource, TransientResult[]>>()

  // The device's inputs are the fingers on the screen now: IWER asks every frame.
  Object.defineProperty(device, 'inputSources', {
    configurable: true,
    get: () => [...touches.values()].map((t) => t.source),
  })

  const down = (e: PointerEvent) => {
    const session = device.activeSession
    if (!session || (e.pointerType === 'mouse' && e.button !== 0)) return
    const target = e.target instanceof Node ? e.target : document.body
    const before = new Event('beforexrselect', { bubbles: true, cancelable: true })
    target.dispatchEvent(before)
    if (before.defaultPrevented) return
    const space = new XRSpace(device.viewerSpace)
    const source = new XRInputSource(XRHandedness.None, XRTargetRayMode.Screen, [PROFILE], space)
    touches.set(e.pointerId, {
      session,
      source,
      space,
      x: e.clientX,
      y: e.clientY,
      started: false,
      ended: false,
      cancelled: false,
    })
  }
  const move = (e: PointerEvent) => {
    const touch = touches.get(e.pointerId)
    if (!touch || touch.ended) return
    touch.x = e.clientX
    touch.y = e.clientY
  }
  const up = (e: PointerEvent) => {
    const touch = touches.get(e.pointerId)
    if (!touch) return
    touch.ended = true
    touch.cancelled = e.type === 'pointercancel'
  }
  window.addEventListener('pointerdown', down, true)
  window.addEventListener('pointermove', move, true)
  window.addEventListener('pointerup', up, true)
  window.addEventListener('pointercancel', up, true)

  Object.defineProperty(XRSession.prototype, 'requestHitTestSourceForTransientInput', {
    configurable: true,
    value(this: XRSession, options: { profile: string }) {
      if (!this.enabledFeatures.includes('hit-test'))
        return Promise.reject(new DOMException('hit-test is not enabled', 'NotSupportedError'))
      const source: TransientSource = {
        profile: options.profile,
        cancel: () => transient.delete(source),
      }
      transient.add(source)
      return Promise.resolve(source)
    },
  })
  Object.defineProperty(XRFrame.prototype, 'getHitTestResultsForTransientInput', {
    configurable: true,
    value(this: XRFrame, source: TransientSource) {
      return resultsOf.get(this)?.get(source) ?? []
    },
  })

  // After IWER's own frame start (the viewer's pose is current), before the app's callbacks: a
  // new finger is announced (inputsourceschange) before its selectstart, and a lifted one gets
  // its select and selectend in the first frame that has seen it, so a quick tap is never lost.
  const internals = device[P_DEVICE]
  const frameStart = internals.onFrameStart
  internals.onFrameStart = (frame) => {
    frameStart(frame)
    const session = frame.session
    for (const [id, touch] of touches) if (touch.session !== session) touches.delete(id)
    if (touches.size === 0) return
    const view = frame.getViewerPose(device.viewerSpace).views[0]
    if (view) for (const touch of touches.values()) aimAt(touch, view.projectionMatrix)
    session[P_SESSION].updateActiveInputSources()
    for (const touch of touches.values())
      if (!touch.started) {
        touch.started = true
        fire(session, frame, 'selectstart', touch)
      }
    resultsOf.set(frame, hitTests(device, frame, touches, transient))
    for (const [id, touch] of touches) {
      if (!touch.ended) continue
      if (!touch.cancelled) fire(session, frame, 'select', touch)
      fire(session, frame, 'selectend', touch)
      touches.delete(id)
    }
  }
}

function fire(session: XRSession, frame: XRFrame, type: string, touch: Touch): void {
  session.dispatchEvent(new XRInputSourceEvent(type, { frame, inputSource: touch.source }))
}

/** Points the touch's ray from the camera through its point on the screen. */
function aimAt(touch: Touch, projection: Float32Array): void {
  const x = (touch.x / window.innerWidth) * 2 - 1
  const y = 1 - (touch.y / window.innerHeight) * 2
  // A view-space ray through NDC (x, y): ((x + p8) / p0, (y + p9) / p5, −1).
  direction
    .set(
      (x + (projection[8] ?? 0)) / (projection[0] ?? 1),
      (y + (projection[9] ?? 0)) / (projection[5] ?? 1),
      -1,
    )
    .normalize()
  rotation.setFromUnitVectors(forward, direction)
  aim.makeRotationFromQuaternion(rotation)
  const offset = touch.space[P_SPACE].offsetMatrix
  aim.elements.forEach((v, i) => {
    offset[i] = v
  })
}

function hitTests(
  device: XRDevice,
  frame: XRFrame,
  touches: Map<number, Touch>,
  sources: Set<TransientSource>,
): Map<TransientSource, TransientResult[]> {
  const out = new Map<TransientSource, TransientResult[]>()
  const sem = device.sem
  if (!sem) return out
  const global = device[P_DEVICE].globalSpace
  for (const source of sources) {
    const results: TransientResult[] = []
    for (const touch of touches.values()) {
      if (!touch.source.profiles.includes(source.profile)) continue
      const ray = frame.getPose(touch.space, global).transform.matrix
      const hits = sem
        .computeHitTestResults(ray)
        .map((m) => new XRHitTestResult(frame, new XRSpace(global, m)))
      results.push({ inputSource: touch.source, results: hits })
    }
    out.set(source, results)
  }
  return out
}
