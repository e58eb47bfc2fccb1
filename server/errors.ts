import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

export type FieldErrors = Record<string, string[]>

/** The one error shape every route answers with. */
export type ErrorBody = { error: { code: string; message: string; fields?: FieldErrors } }

export function errorBody(code: string, message: string, fields?: FieldErrors): ErrorBody {
  return fields ? { error: { code, message, fields } } : { error: { code, message } }
}

export function fail<S extends ContentfulStatusCode>(
  c: Context,
  status: S,
  code: string,
  message: string,
  fields?: FieldErrors,
) {
  return c.json(errorBody(code, message, fields), status)
}

export function fieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] = [...(fields[key] ?? []), issue.message]
  }
  return fields
}

/** Thrown from deep inside a handler for an expected failure; `onError` answers it as the contract says. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message)
  }
}
