import type { Mark } from '../../server/domain/call-view'

export type { Mark }

/** The marks on screen after applying one more: `clear` empties, others add (latest 50 kept). */
export function applyMark(marks: Exclude<Mark, { kind: 'clear' }>[], mark: Mark) {
  if (mark.kind === 'clear') return []
  return [...marks, mark].slice(-50)
}
