import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context, MiddlewareHandler } from 'hono'
import { errorBody } from '../errors'

type Bucket = { tokens: number; at: number }

/**
 * A token bucket per key (per instance, in memory): `perMinute` requests on average with bursts up
 * to `burst`. Over the limit: 429 with Retry-After.
 */
export class RateLimiter {
  private buckets = new Map<string, Bucket>()

  constructor(
    readonly perMinute: number,
    readonly burst: number,
  ) {}

  /** Seconds to wait, or 0 when the request may go ahead (and is counted). */
  take(key: string, now = Date.now()): number {
    const rate = this.perMinute / 60_000
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: now }
    b.tokens = Math.min(this.burst, b.tokens + (now - b.at) * rate)
    b.at = now
    if (this.buckets.size > 50_000) this.prune(now)
    if (b.tokens >= 1) {
      b.tokens -= 1
      this.buckets.set(key, b)
      return 0
    }
    this.buckets.set(key, b)
    return Math.ceil((1 - b.tokens) / rate / 1000)
  }

  private prune(now: number) {
    for (const [k, b] of this.buckets) if (now - b.at > 10 * 60_000) this.buckets.delete(k)
  }
}

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

export function rateLimit(
  limiter: RateLimiter | null,
  key: (c: Context) => string,
): MiddlewareHandler {
  return async (c, next) => {
    if (!limiter) return next()
    const wait = limiter.take(key(c))
    if (wait > 0) {
      c.header('Retry-After', String(wait))
      return c.json(errorBody('rate_limited', `Too many requests. Try again in ${wait} s.`), 429)
    }
    await next()
  }
}
