import { useXR, useXRSessionFeatureEnabled, useXRStore } from '@react-three/xr'
import { useEffect, useRef } from 'react'
import { useTimedFrame } from '../frame-work'
import { aimsAtPanel } from './aims-at-panel'
import { followFinger, touchDown, touchUp } from './finger'
import { followsLabel } from './follows-label'
import { placeTwin } from './place-twin'
import { type Placement, usePlacement } from './placement-context'
import type { Finger } from './placement-frame'

/** The profile of a phone's screen input, for hit tests along the fingers' rays. */
const TOUCHSCREEN = 'generic-touchscreen'

/**
 * Placement on a phone, where the screen is the input. Every XR frame it reads the finger's ray
 * (its `screen` input source) and the surface under it (a hit test for transient input), then
 * does what the overlay's gestures asked: a tap puts the twin on the surface under the finger
 * (the reticle's surface if the finger found none, or in tap-the-label mode), a drag keeps the
 * twin under the finger along the level it stands on. Without a DOM overlay the screen's own
 * select is the tap. Mounted instead of `<ControllerPlacement>` on a handheld session.
 */
export function ScreenPlacement() {
  const placement = usePlacement()
  const { store, frame } = placement
  const xr = useXRStore()
  const session = useXR((s) => s.session)
  const hitTest = useXRSessionFeatureEnabled('hit-test')
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  const source = useRef<XRTransientInputHitTestSource | null>(null)

  useEffect(() => {
    if (!session || !hitTest) return
    let ended = false
    session.requestHitTestSourceForTransientInput?.({ profile: TOUCHSCREEN })?.then(
      (made) => {
        if (ended) made.cancel()
        else source.current = made
      },
      (err: unknown) => console.warn('No hit test under the finger; a tap uses the reticle.', err),
    )
    return () => {
      ended = true
      source.current?.cancel()
      source.current = null
    }
  }, [session, hitTest])

  useEffect(() => {
    if (!session || domOverlay) return
    const ours = (e: XRInputSourceEvent) =>
      e.inputSource.targetRayMode === 'screen' &&
      !aimsAtPanel(e, frame, xr.getState().originReferenceSpace)
    const start = (e: XRInputSourceEvent) => {
      if (ours(e)) touchDown(frame.finger)
    }
    const select = (e: XRInputSourceEvent) => {
      if (ours(e)) touchUp(frame, true)
    }
    session.addEventListener('selectstart', start)
    session.addEventListener('select', select)
    return () => {
      session.removeEventListener('selectstart', start)
      session.removeEventListener('select', select)
    }
  }, [session, domOverlay, frame, xr])

  useTimedFrame((_state, _delta, xrFrame: XRFrame | undefined) => {
    const space = xr.getState().originReferenceSpace
    if (!xrFrame || !space) return
    readFinger(xrFrame, space, source.current, frame.finger)
    tap(placement, source.current != null)
    if (store.getState().phase === 'aligning') followFinger(frame)
  })
  return null
}

/** The first screen input's ray this frame, and the surface its hit test found, if any. */
function readFinger(
  xrFrame: XRFrame,
  space: XRReferenceSpace,
  source: XRTransientInputHitTestSource | null,
  finger: Finger,
): void {
  finger.ray.valid = false
  const input = [...xrFrame.session.inputSources].find((i) => i.targetRayMode === 'screen')
  const pose = input && xrFrame.getPose(input.targetRaySpace, space)
  if (pose) {
    const m = pose.transform.matrix
    finger.ray.origin.set(m[12] ?? 0, m[13] ?? 0, m[14] ?? 0)
    finger.ray.direction.set(-(m[8] ?? 0), -(m[9] ?? 0), -(m[10] ?? 1)).normalize()
    finger.ray.valid = true
  }
  if (!source) return
  for (const { inputSource, results } of xrFrame.getHitTestResultsForTransientInput(source)) {
    if (inputSource.targetRayMode !== 'screen') continue
    const hit = results[0]?.getPose(space)
    if (!hit) return
    const { x, y, z } = hit.transform.position
    finger.hit.position.set(x, y, z)
    finger.hit.valid = true
    return
  }
}

/**
 * A tap waiting to be placed: on the surface under the finger once its hit test has it, else
 * (no surface there, no hit test for transient input, or aiming the reticle at the label) where
 * the reticle is. A tap while the label steers the twin, or once it is down, places nothing.
 */
function tap(placement: Placement, fingerHits: boolean): void {
  const { store, frame } = placement
  const finger = frame.finger
  if (finger.tap === 0) return
  const { phase, tapLabel } = store.getState()
  if (phase !== 'searching' || followsLabel(store)) {
    finger.tap = 0
    return
  }
  if (!tapLabel && finger.hit.valid) {
    finger.tap = 0
    placeTwin(placement, finger.hit.position)
    return
  }
  finger.tap = tapLabel || !fingerHits ? 0 : finger.tap - 1
  if (finger.tap === 0) placeTwin(placement)
}
