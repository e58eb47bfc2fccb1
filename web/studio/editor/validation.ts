import { ProcedureSchema } from '../../../server/domain/procedure'
import type { EditableProcedure } from './draft-doc'

export type FieldErrors = Record<string, string[]>

/**
 * The draft checked with the server's own schema: errors by dotted path (`steps.0.title`), the same
 * keys the server answers a failed publish with. Empty when the draft can be published.
 */
export function validateDraft(doc: EditableProcedure): FieldErrors {
  const result = ProcedureSchema.safeParse(doc)
  if (result.success) return {}
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    errors[key] = [...(errors[key] ?? []), issue.message]
  }
  return errors
}

/** Errors at `path` or below it (for a step: does any of its fields need work?). */
export function errorsUnder(errors: FieldErrors, path: string): number {
  return Object.keys(errors).filter((k) => k === path || k.startsWith(`${path}.`)).length
}
