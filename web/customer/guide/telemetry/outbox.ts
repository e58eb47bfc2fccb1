import type { SessionEvent } from '../../../../server/domain/session'
import { loadAnswerSchema } from '../../../api/session-events'
import { announceLeftovers } from './leftovers'
import { countQueue, journalEvent, putEvent, recoverJournal } from './outbox-db'
import { withSendLock } from './send-lock'
import { backoffDelay, dueIn, sendPolicy } from './send-policy'
import { sendQueue } from './send-queue'

export type OutboxStatus = { online: boolean; pending: number }

export type Outbox = {
  /** Stores the event in IndexedDB first, then sends it with the next batch. */
  push: (event: SessionEvent) => void
  /** Sends what waits now (on page hide, with `keepalive`). */
  flush: (options?: { keepalive?: boolean }) => Promise<void>
  /** Resolves once every event pushed so far is stored (tests, and before leaving a screen). */
  stored: () => Promise<void>
  dispose: () => void
}

type Options = { sessionId: string; token: string; onStatus: (status: OutboxStatus) => void }

/**
 * Telemetry that loses nothing: every event is written to IndexedDB before anything else, sent in
 * batches, and removed only as the server's answer for it says (stored or duplicate: delivered;
 * rejected: never storable, dropped alone). Failures back off with jitter; while the browser is
 * offline nothing is tried, and the queue goes out as soon as it is back. Tabs take turns to send
 * (`withSendLock`), so none posts what another is posting. Whatever is left when the page closes
 * is sent by any other tab of this origin or the next visit (`drain.ts`), whichever comes first.
 */
export function createOutbox({ sessionId, token, onStatus }: Options): Outbox {
  // Ready before the first answer comes back; if the network is down now, the first send loads it.
  loadAnswerSchema().catch(() => {})
  // Whatever a closed page left in the synchronous journal goes into the queue first.
  let writes: Promise<void> = recoverJournal(sessionId).catch(() => {})
  let timer: ReturnType<typeof setTimeout> | undefined
  let sending = false
  /** A send was asked for while one ran: it goes as soon as that one ends, with these options. */
  let again: { keepalive?: boolean } | null = null
  let stopped = false
  let disposed = false
  let attempt = 0
  let waiting = 0
  let oldestAt = 0
  let pending = 0
  let seq = 0

  const report = () => onStatus({ online: navigator.onLine, pending })
  const clear = () => {
    clearTimeout(timer)
    timer = undefined
  }
  const schedule = (delay: number | null) => {
    if (delay === null || timer || stopped || disposed || !navigator.onLine) return
    timer = setTimeout(() => {
      timer = undefined
      void flush()
    }, delay)
  }
  const recount = async () => {
    pending = await countQueue(sessionId)
    report()
  }

  async function flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (stopped || !navigator.onLine) return
    if (sending) {
      // Events pushed during this send (their timer may fire now) must not wait for the next push.
      again = { keepalive: (again?.keepalive ?? false) || (options.keepalive ?? false) }
      return
    }
    sending = true
    clear()
    let retryIn: number | null = null
    try {
      await writes
      // A closing page does not wait for another tab's turn: that tab, or the next visit, sends it.
      const outcome = await withSendLock(() => sendQueue(sessionId, token, options), {
        ifAvailable: options.keepalive ?? false,
      })
      if (outcome === 'retry') {
        attempt += 1
        retryIn = backoffDelay(attempt, Math.random())
      } else if (outcome === 'stop') stopped = true
      else if (outcome === 'sent') attempt = 0
      waiting = 0
    } finally {
      sending = false
      await recount().catch(() => {})
      const next = again
      again = null
      if (next && retryIn === null && !stopped) void flush(next)
      else schedule(retryIn)
    }
  }

  const onOnline = () => {
    attempt = 0
    report()
    void flush()
  }
  const onOffline = () => {
    clear()
    report()
  }
  const onHide = () => {
    if (document.visibilityState === 'hidden') void flush({ keepalive: true })
  }
  const onPageHide = () => {
    // Now, while the page still runs: whatever the last send below cannot deliver, another tab will.
    if (pending > 0) announceLeftovers()
    void flush({ keepalive: true })
  }
  window.addEventListener('online', onOnline)
  window.addEventListener('offline', onOffline)
  document.addEventListener('visibilitychange', onHide)
  window.addEventListener('pagehide', onPageHide)
  // Events left by an earlier visit go out first.
  void recount()
    .then(() => (pending > 0 ? flush() : undefined))
    .catch(() => {})

  return {
    push(event) {
      const item = { sessionId, seq: Date.now() * 1000 + (seq++ % 1000), event, token }
      // Synchronously, before anything can interrupt: the IndexedDB write below is queued behind
      // earlier ones and a reload would abort it.
      journalEvent(item)
      writes = writes
        .then(() => putEvent(item))
        .catch((err: unknown) => {
          console.warn('A repair event could not be saved on this device.', err)
        })
      if (waiting === 0) oldestAt = Date.now()
      waiting += 1
      pending += 1
      report()
      schedule(dueIn(waiting, Date.now() - oldestAt))
      // A batch that fills up goes now, even if a timer for a later send is set.
      if (waiting >= sendPolicy.flushCount) void flush()
    },
    flush,
    stored: () => writes,
    dispose() {
      // Leaving the guide: what waits goes out now; anything still unsent stays stored.
      void flush({ keepalive: true }).catch(() => {})
      disposed = true
      clear()
      window.removeEventListener('online', onOnline)
      window.removeEventListener('offline', onOffline)
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', onPageHide)
    },
  }
}
