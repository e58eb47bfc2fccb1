import type { Context } from 'hono'
import type { AppEnv } from '../context'

/**
 * The origin links point at: `PUBLIC_URL` when set, else the origin of the page that asked (the
 * admin's browser knows how it reached us), else this request's own URL.
 */
export function linkOrigin(c: Context<AppEnv>): string {
  const configured = c.var.deps.env.PUBLIC_URL
  if (configured) return new URL(configured).origin
  const origin = c.req.header('origin')
  if (origin && sameOrigin(c)) return origin
  return new URL(c.req.url).origin
}

/**
 * Whether the request comes from a page of this server: its `Origin` names our host (as the
 * browser reached it) or `PUBLIC_URL`. Browsers always send Origin on a POST from a page.
 */
export function sameOrigin(c: Context<AppEnv>): boolean {
  const origin = c.req.header('origin')
  if (!origin) return false
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  const own = c.req.header('host') ?? new URL(c.req.url).host
  const configured = c.var.deps.env.PUBLIC_URL
  return host === own || (configured !== undefined && host === new URL(configured).host)
}

/** A path on this site to go to after signing in; anything else becomes the studio. */
export function safePath(raw: string | undefined): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/studio'
  return raw
}
