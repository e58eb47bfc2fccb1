import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { currentRequestId } from './ops/request-context'

export type FieldErrors = Record<string, string[]>

/**
 * The one error shape every route answers with. `requestId` is the id of the request that failed
 * (also in its `X-Request-Id` header and on every log line it wrote), for a support ticket.
 */
export type ErrorBody = {
  error: { code: string; message: string; fields?: FieldErrors; requestId?: string }
}

export function errorBody(code: string, message: string, fields?: FieldErrors): ErrorBody {
  const requestId = currentRequestId()
  return {
    error: { code, message, ...(fields ? { fields } : {}), ...(requestId ? { requestId } : {}) },
  }
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

/** An error answer with a glTF validator's findings beside it (a model upload that failed). */
export function withIssues<T>(body: ErrorBody, issues: T[]) {
  return { error: { ...body.error, issues } }
}
