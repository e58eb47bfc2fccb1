import { type PointerEvent, useRef } from 'react'
import { followsLabel } from './follows-label'
import { placeTwin } from './place-twin'
import type { Placement } from './placement-context'
import { turnTwin } from './placement-frame'
import { type Gesture, startGesture, updateGesture } from './screen-gesture-math'

type Props = { placement: Placement; label: string }

/**
 * The phone's touch surface in the DOM overlay: a tap puts the twin on the reticle, one finger
 * drags it along the surface, two fingers twist it. Placement objects are passed in because the
 * overlay is its own React root, outside the scene's context.
 */
export function ScreenGestures({ placement, label }: Props) {
  const { store, frame } = placement
  const gesture = useRef<Gesture | null>(null)

  function down(e: PointerEvent<HTMLDivElement>) {
    e.currentTarget.setPointerCapture(e.pointerId)
    gesture.current = startGesture(gesture.current, e.pointerId, e.clientX, e.clientY, e.timeStamp)
    frame.dragging = store.getState().phase === 'aligning'
  }
  function move(e: PointerEvent<HTMLDivElement>) {
    const g = gesture.current
    if (!g || store.getState().phase !== 'aligning') return
    const step = updateGesture(g, e.pointerId, e.clientX, e.clientY)
    const metresPerPixel =
      (frame.viewer.position.distanceTo(frame.twin.position) * 1.2) / innerHeight
    frame.twin.position
      .addScaledVector(frame.viewer.right, step.dx * metresPerPixel)
      .addScaledVector(frame.viewer.forward, -step.dy * metresPerPixel)
    turnTwin(frame, -step.twist)
  }
  function up(e: PointerEvent<HTMLDivElement>) {
    const g = gesture.current
    if (!g) return
    g.pointers.delete(e.pointerId)
    if (g.pointers.size > 0) return
    gesture.current = null
    frame.dragging = false
    const tap = !g.moved && g.maxPointers === 1 && e.timeStamp - g.startedAt < 400
    if (tap && store.getState().phase === 'searching' && !followsLabel(store)) placeTwin(placement)
  }

  return (
    <div
      className="ar-gestures"
      role="application"
      aria-label={label}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
    />
  )
}
