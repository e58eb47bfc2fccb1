import { loadAnswerSchema } from '../../../api/session-events'
import { onLeftovers } from './leftovers'
import { queuedSessions, recoverAllJournals } from './outbox-db'
import { sendAllPendingOutcomes } from './pending-outcome'
import { withSendLock } from './send-lock'
import { backoffDelay } from './send-policy'
import { sendQueue } from './send-queue'

/**
 * Sends the events that other tabs or earlier visits left in this device's queue, whichever page
 * of the app is open: at start, when the browser comes back online, and when a closing tab
 * announces leftovers. Each session's events go out under the send lock, with the token queued
 * beside them; a session whose token the server refuses is left alone for the rest of this page.
 */
export function startDrain(): () => void {
  const refused = new Set<string>()
  let attempt = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> | null = null
  let again = false

  async function drainOnce(): Promise<void> {
    await recoverAllJournals()
    let retry = false
    const queued = await queuedSessions()
    if (queued.length > 0) await loadAnswerSchema()
    for (const { sessionId, token } of queued) {
      if (refused.has(sessionId) || !navigator.onLine) continue
      const outcome = await withSendLock(() => sendQueue(sessionId, token))
      if (outcome === 'stop') refused.add(sessionId)
      if (outcome === 'retry') retry = true
    }
    // Answers to "Is it fixed?" given offline wait beside the events.
    if (navigator.onLine && !(await sendAllPendingOutcomes())) retry = true
    attempt = retry ? attempt + 1 : 0
    clearTimeout(timer)
    if (retry) timer = setTimeout(drain, backoffDelay(attempt, Math.random()))
  }

  // One pass at a time; a request during a pass runs one more pass after it.
  function drain() {
    if (running) {
      again = true
      return
    }
    running = drainOnce()
      .catch((err: unknown) => console.warn('Queued repair events could not be sent.', err))
      .finally(() => {
        running = null
        if (again) {
          again = false
          drain()
        }
      })
  }

  const onOnline = () => {
    attempt = 0
    drain()
  }
  window.addEventListener('online', onOnline)
  const stopListening = onLeftovers(drain)
  drain()
  return () => {
    clearTimeout(timer)
    window.removeEventListener('online', onOnline)
    stopListening()
  }
}
