import { type PointerEvent, useRef } from 'react'
import { touchDown, touchUp } from './finger'
import type { Placement } from './placement-context'
import { turnTwin } from './placement-frame'
import { type Gesture, isTap, startGesture, updateGesture } from './screen-gesture-math'

type Props = { placement: Placement; label: string }

/**
 * The phone's touch surface in the DOM overlay, which reads what the fingers do: a tap places the
 * twin (under the finger, found by the scene's `<ScreenPlacement>`), one finger moving drags it
 * (the scene keeps it under the finger), two fingers twisting turn it about the up axis, and a
 * pinch does nothing: a real product has one size. Placement objects are passed in because the
 * overlay is its own React root, outside the scene's context.
 */
export function ScreenGestures({ placement, label }: Props) {
  const { store, frame } = placement
  const gesture = useRef<Gesture | null>(null)

  function down(e: PointerEvent<HTMLDivElement>) {
    e.currentTarget.setPointerCapture(e.pointerId)
    const g = startGesture(gesture.current, e.pointerId, e.clientX, e.clientY, e.timeStamp)
    gesture.current = g
    if (g.pointers.size === 1) touchDown(frame.finger)
    else touchUp(frame, false)
  }
  function move(e: PointerEvent<HTMLDivElement>) {
    const g = gesture.current
    if (!g) return
    const twist = updateGesture(g, e.pointerId, e.clientX, e.clientY)
    if (store.getState().phase !== 'aligning') return
    if (g.maxPointers === 1 && g.moved) frame.dragging = true
    // Clockwise on the screen turns it clockwise seen from above: negative about the up axis.
    if (twist !== 0) turnTwin(frame, -twist)
  }
  function up(e: PointerEvent<HTMLDivElement>) {
    const g = gesture.current
    if (!g) return
    g.pointers.delete(e.pointerId)
    if (g.pointers.size > 0) return
    gesture.current = null
    touchUp(frame, e.type === 'pointerup' && isTap(g, e.timeStamp))
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
