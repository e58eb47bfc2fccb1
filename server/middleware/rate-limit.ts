import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { errorBody } from '../errors'
import { type Limit, take } from '../services/limits'

/** The client's address: the socket's, or the first X-Forwarded-For hop behind a trusted proxy. */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (fwd) return fwd
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'local'
  }
}

/** Counts each request against `limit` under `key(c)`; over it: 429 with Retry-After. */
export function rateLimit(limit: Limit | null, key: (c: Context) => string): MiddlewareHandler {
  return async (c, next) => {
    if (!limit) return next()
    const wait = await take(limit, key(c))
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      return c.json(errorBody('rate_limited', `Too many requests. Try again in ${wait} s.`), 429)
    }
    await next()
  }
}
