import type { MiddlewareHandler } from 'hono'

/** One line per request: method, path, status, milliseconds. */
export function requestLogger(write: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now()
    await next()
    const ms = (performance.now() - start).toFixed(1)
    write(`${c.req.method} ${c.req.path} ${c.res.status} ${ms}ms`)
  }
}
