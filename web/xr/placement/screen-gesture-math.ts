/** Screen pixels a finger may wander before a tap becomes a drag. */
const TAP_SLOP = 10
/** Longest press that still counts as a tap (ms). */
const TAP_MS = 400

export type Gesture = {
  pointers: Map<number, { x: number; y: number }>
  startedAt: number
  maxPointers: number
  moved: boolean
  travel: number
}

/** Adds a finger to the gesture in progress, or starts one. */
export function startGesture(
  current: Gesture | null,
  id: number,
  x: number,
  y: number,
  at: number,
): Gesture {
  const g = current ?? {
    pointers: new Map(),
    startedAt: at,
    maxPointers: 0,
    moved: false,
    travel: 0,
  }
  g.pointers.set(id, { x, y })
  g.maxPointers = Math.max(g.maxPointers, g.pointers.size)
  return g
}

function angle(g: Gesture): number | null {
  const [a, b] = [...g.pointers.values()]
  return a && b ? Math.atan2(b.y - a.y, b.x - a.x) : null
}

/**
 * Moves one finger and returns the twist it made: with two fingers down, the turn of the line
 * between them in radians (clockwise on screen positive); 0 with one. Fingers spreading or
 * closing (a pinch) do not turn the line, so they twist nothing, and nothing here scales.
 */
export function updateGesture(g: Gesture, id: number, x: number, y: number): number {
  const last = g.pointers.get(id)
  if (!last) return 0
  const before = angle(g)
  g.travel += Math.hypot(x - last.x, y - last.y)
  if (g.travel > TAP_SLOP) g.moved = true
  g.pointers.set(id, { x, y })
  if (g.pointers.size < 2 || before == null) return 0
  const after = angle(g)
  let twist = after == null ? 0 : after - before
  if (twist > Math.PI) twist -= 2 * Math.PI
  if (twist < -Math.PI) twist += 2 * Math.PI
  return twist
}

/** A gesture that ended at `at` was a tap: one finger, short, and it stayed put. */
export function isTap(g: Gesture, at: number): boolean {
  return !g.moved && g.maxPointers === 1 && at - g.startedAt < TAP_MS
}
