/** A mark an agent puts on the customer's view, in picture coordinates 0..1 (x right, y down). */
export type Mark =
  | { kind: 'point'; id: string; x: number; y: number }
  | { kind: 'stroke'; id: string; points: [number, number][] }
  | { kind: 'clear' }

/** The marks on screen after applying one more: `clear` empties, others add (latest 50 kept). */
export function applyMark(marks: Exclude<Mark, { kind: 'clear' }>[], mark: Mark) {
  if (mark.kind === 'clear') return []
  return [...marks, mark].slice(-50)
}
