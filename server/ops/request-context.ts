import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * The request being answered, reachable from anywhere below the request middleware: log lines and
 * error answers carry its id without every function taking it as a parameter.
 */
const storage = new AsyncLocalStorage<{ requestId: string }>()

export function withRequestId<T>(requestId: string, run: () => T): T {
  return storage.run({ requestId }, run)
}

/** The id of the request in progress, or undefined outside one (startup, timers, workers). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId
}

/** A caller's own id is kept when it is short and plain; anything else gets a fresh one. */
const VALID_ID = /^[A-Za-z0-9._:-]{8,128}$/

export function requestIdFrom(header: string | undefined): string {
  return header && VALID_ID.test(header) ? header : crypto.randomUUID()
}
