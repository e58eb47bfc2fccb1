import type { z } from 'zod'
import type { MarkSchema } from '../../server/domain/call-view'

/** A mark an agent puts on the customer's view, in picture coordinates 0..1 (x right, y down). */
export type Mark = z.infer<typeof MarkSchema>

/** The marks on screen after applying one more: `clear` empties, others add (latest 50 kept). */
export function applyMark(marks: Exclude<Mark, { kind: 'clear' }>[], mark: Mark) {
  if (mark.kind === 'clear') return []
  return [...marks, mark].slice(-50)
}
