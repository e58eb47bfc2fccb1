import type { z } from 'zod'
import { t } from '../i18n/t'

export type FieldErrors = Record<string, string[]>

/**
 * A failed API call: the HTTP status (0 when the server could not be reached) and the contract's
 * `{ error: { code, message, fields? } }`, so screens can branch on `code` and show `message`.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly fields: FieldErrors | undefined

  constructor(status: number, code: string, message: string, fields?: FieldErrors) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.fields = fields
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** Turns a non-2xx response into an ApiError, reading the contract's error body when it has one. */
export async function errorFromResponse(res: {
  status: number
  json(): Promise<unknown>
}): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null)
  const error = isRecord(body) ? body.error : null
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    const fields = isRecord(error.fields) ? (error.fields as FieldErrors) : undefined
    return new ApiError(res.status, error.code, error.message, fields)
  }
  return new ApiError(
    res.status,
    'unexpected_response',
    t('api.unexpected', { status: res.status }),
  )
}

export function networkError(): ApiError {
  return new ApiError(0, 'network_error', t('api.network'))
}

/** A successful answer parsed with its domain schema, or the ApiError of any other status. */
export async function parsed<S extends z.ZodType>(
  schema: S,
  pending: Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>,
): Promise<z.infer<S>> {
  const res = await pending
  if (!res.ok) throw await errorFromResponse(res)
  return schema.parse(await res.json())
}
