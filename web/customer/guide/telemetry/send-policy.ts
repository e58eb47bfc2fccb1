/**
 * The telemetry outbox's pure rules: when to send, how much, and how long to wait after a failure.
 * No DOM and no timers here, so they are unit-tested directly.
 */
export const sendPolicy = {
  /** The server's EventBatchSchema maximum. */
  maxBatch: 500,
  /** A batch sent while the page closes (keepalive bodies are limited to 64 kB in total). */
  maxKeepaliveBatch: 40,
  /** Send once this many events wait… */
  flushCount: 20,
  /** …or once the oldest has waited this long. */
  flushDelayMs: 2000,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
} as const

/** Milliseconds until the next send is due, given how many events wait and how old the oldest is. */
export function dueIn(waiting: number, oldestAgeMs: number): number | null {
  if (waiting <= 0) return null
  if (waiting >= sendPolicy.flushCount) return 0
  return Math.max(0, sendPolicy.flushDelayMs - oldestAgeMs)
}

/**
 * Exponential backoff with full jitter: attempt 1 waits up to `base`, each further attempt up to
 * twice as long, capped at `max`; `random` is in [0, 1). Never less than a quarter of the window,
 * so a run of unlucky draws does not hammer a server that is already struggling.
 */
export function backoffDelay(
  attempt: number,
  random: number,
  base: number = sendPolicy.baseDelayMs,
  max: number = sendPolicy.maxDelayMs,
): number {
  const window = Math.min(max, base * 2 ** Math.max(0, attempt - 1))
  return Math.round(window / 4 + (window * 3 * random) / 4)
}

export type SendFailure = 'retry' | 'drop' | 'stop'

/**
 * What to do when a batch fails with HTTP `status` (0: the server was not reached). Network errors,
 * timeouts, rate limits and server errors are retried; a batch the server refuses as invalid is
 * dropped (resending it can never succeed and would block every later event); a token the server no
 * longer accepts stops sending for this session.
 */
export function onFailure(status: number): SendFailure {
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry'
  if (status === 401 || status === 403 || status === 404) return 'stop'
  return 'drop'
}
