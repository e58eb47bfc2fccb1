import type { MiddlewareHandler } from 'hono'
import type { Logger } from '../ops/log'
import { requestIdFrom, withRequestId } from '../ops/request-context'

/**
 * Gives the request an id (the caller's `X-Request-Id` when plain, else a fresh UUID), answers it in
 * the `X-Request-Id` header, and runs the rest of the request with it as the current id, so log lines
 * and error answers carry it.
 */
export function requestContext(): MiddlewareHandler {
  return async (c, next) => {
    const id = requestIdFrom(c.req.header('x-request-id'))
    await withRequestId(id, async () => {
      await next()
      try {
        c.res.headers.set('X-Request-Id', id)
      } catch {
        // A response with immutable headers (a fetched one passed through): it goes without.
      }
    })
  }
}

/** One JSON line per request: method, path, status, milliseconds (and the request id). */
export function requestLogger(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now()
    await next()
    const ms = Math.round((performance.now() - start) * 10) / 10
    logger.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms },
      `${c.req.method} ${c.req.path} ${c.res.status}`,
    )
  }
}
