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

export type SendFailure = 'retry' | 'split' | 'stop'

/**
 * What to do when a whole batch fails with HTTP `status` (0: the server was not reached). Network
 * errors, timeouts, rate limits and server errors are retried; a batch refused as a whole (too large,
 * not a valid batch) is split and sent again in halves, down to the single events at fault (the
 * server answers bad events one by one, so this is rare); a token the server no longer accepts
 * stops sending for this session.
 */
export function onFailure(status: number): SendFailure {
  if (status === 0 || status === 408 || status === 429 || status >= 500) return 'retry'
  if (status === 401 || status === 403 || status === 404) return 'stop'
  return 'split'
}

/**
 * Which queued events an answer settles, by position (results come in the order sent): stored and
 * duplicate ones are delivered, rejected ones can never be stored and are dropped; an event the
 * answer does not cover stays queued. Never the whole batch for the fault of some.
 */
export function settle(
  sent: readonly string[],
  results: readonly { status: 'stored' | 'duplicate' | 'rejected' }[],
): { delivered: string[]; dropped: string[]; kept: string[] } {
  const out = { delivered: [] as string[], dropped: [] as string[], kept: [] as string[] }
  sent.forEach((id, i) => {
    const status = results[i]?.status
    if (status === 'rejected') out.dropped.push(id)
    else if (status) out.delivered.push(id)
    else out.kept.push(id)
  })
  return out
}
