import { log } from '../ops/log'

/**
 * Errors that mean "the database is not reachable right now" (a restart, a failover, a dropped
 * connection), as opposed to a bad query: worth retrying once it is back.
 */
const CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH'])
const MESSAGES =
  /Connection terminated|connection error|not queryable|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i

export function isTransientDbError(e: unknown): boolean {
  let x: unknown = e
  for (let depth = 0; depth < 5 && x && typeof x === 'object'; depth++) {
    const code = 'code' in x ? x.code : undefined
    // Class 08: connection exception; 57P01–57P03: shutdown, crash, cannot connect now.
    if (typeof code === 'string' && (CODES.has(code) || /^(08|57P0[123])/.test(code))) return true
    if (x instanceof Error && MESSAGES.test(x.message)) return true
    x = 'cause' in x ? x.cause : undefined
  }
  return false
}

/**
 * Runs `fn`, again and again while it fails with a transient database error (backing off from
 * 200 ms to 2 s), for up to `deadlineMs`; any other error, or the deadline, throws.
 */
export async function retryTransient<T>(
  fn: () => Promise<T>,
  what: string,
  deadlineMs = 60_000,
): Promise<T> {
  const deadline = Date.now() + deadlineMs
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn()
    } catch (e) {
      if (!isTransientDbError(e) || Date.now() > deadline) throw e
      if (attempt === 0)
        log.error(
          `${what}: ${e instanceof Error ? e.message : e}; retrying until the database is back`,
        )
      await new Promise((r) => setTimeout(r, Math.min(2000, 200 * 2 ** attempt)))
    }
  }
}
