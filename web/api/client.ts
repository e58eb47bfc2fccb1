import { type ClientResponse, hc } from 'hono/client'
import type { SuccessStatusCode } from 'hono/utils/http-status'
import type { AppType } from '../../server/app'
import { localeTag } from '../i18n/locale-store'
import { ApiError, errorFromResponse, networkError } from './api-error'

const CSRF_COOKIE = 'fp_csrf'
const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

/**
 * fetch for the typed client: staff writes carry the CSRF token the server set at login (double
 * submit), and a request that never reaches the server becomes an ApiError like any other failure.
 */
async function apiFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const method = (init?.method ?? 'GET').toUpperCase()
  const headers = new Headers(init?.headers)
  const csrf = SAFE_METHODS.has(method) ? undefined : readCookie(CSRF_COOKIE)
  if (csrf) headers.set(CSRF_HEADER, csrf)
  // The UI's language, not only the browser's: the server can answer in the language shown.
  if (!headers.has('accept-language')) headers.set('accept-language', localeTag())
  try {
    return await fetch(input, { ...init, headers, credentials: 'same-origin' })
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err
    throw networkError()
  }
}

/** The one typed client for the whole API; use the named functions beside it, not this. */
export const client = hc<AppType>('/', { fetch: apiFetch })

/** The body type of the 2xx members of a typed response union. */
type SuccessBody<R> =
  R extends ClientResponse<infer T, infer S, 'json'>
    ? S extends SuccessStatusCode
      ? T
      : never
    : never

/**
 * The JSON body of a successful response, or an ApiError carrying the contract's error for any
 * other status.
 */
export async function ok<R extends ClientResponse<unknown, number, 'json'>>(
  pending: Promise<R>,
): Promise<SuccessBody<R>> {
  const res = await pending
  if (!res.ok) throw await errorFromResponse(res)
  return (await res.json()) as SuccessBody<R>
}

export { ApiError }
