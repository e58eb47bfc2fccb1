/** Screen pixels a finger may wander before a tap becomes a drag. */
const TAP_SLOP = 10

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
 * Moves one finger: one finger down drags (`dx`, `dy` in pixels), two twist (`twist` in radians,
 * clockwise on screen positive). Pure apart from updating the gesture it is given.
 */
export function updateGesture(
  g: Gesture,
  id: number,
  x: number,
  y: number,
): { dx: number; dy: number; twist: number } {
  const last = g.pointers.get(id)
  if (!last) return { dx: 0, dy: 0, twist: 0 }
  const before = angle(g)
  const dx = x - last.x
  const dy = y - last.y
  g.pointers.set(id, { x, y })
  g.travel += Math.hypot(dx, dy)
  if (g.travel > TAP_SLOP) g.moved = true
  if (g.pointers.size >= 2) {
    const after = angle(g)
    let twist = before != null && after != null ? after - before : 0
    if (twist > Math.PI) twist -= 2 * Math.PI
    if (twist < -Math.PI) twist += 2 * Math.PI
    return { dx: 0, dy: 0, twist }
  }
  return { dx, dy, twist: 0 }
}
