import { ApiError } from '../../../api/api-error'
import { postOutcome } from '../../../api/sessions'

/**
 * "Is it fixed?" answered without a network: the answer waits on this device (localStorage, with
 * the session's token, like the event queue) and is sent when the browser is back online, from
 * the guide or from whichever page of the app is open (`drain.ts`). The `outcome` event itself
 * travels in the event queue; this is the session's recorded outcome.
 */
export type FinalAnswer = 'fixed' | 'not_fixed'
type Pending = { outcome: FinalAnswer; token: string }

const PREFIX = 'fixpoint.outcome.'

export function queueOutcome(sessionId: string, outcome: FinalAnswer, token: string): void {
  try {
    localStorage.setItem(PREFIX + sessionId, JSON.stringify({ outcome, token }))
  } catch {
    // Storage blocked: the outcome event in the queue still records the answer.
  }
}

/** The answer waiting for this session, if any. */
export function pendingOutcome(sessionId: string): FinalAnswer | null {
  return read(sessionId)?.outcome ?? null
}

function read(sessionId: string): Pending | null {
  try {
    const raw = localStorage.getItem(PREFIX + sessionId)
    if (!raw) return null
    const v: unknown = JSON.parse(raw)
    if (!v || typeof v !== 'object') return null
    const m = new Map<string, unknown>(Object.entries(v))
    const outcome = m.get('outcome')
    const token = m.get('token')
    if ((outcome !== 'fixed' && outcome !== 'not_fixed') || typeof token !== 'string') return null
    return { outcome, token }
  } catch {
    return null
  }
}

function forget(sessionId: string) {
  try {
    localStorage.removeItem(PREFIX + sessionId)
  } catch {
    // Nothing stored either.
  }
}

/**
 * Sends the waiting answer of `sessionId`: true once the server has it (or refused it for good:
 * a different answer already recorded, a token it no longer takes), false to try again later.
 */
export async function sendPendingOutcome(sessionId: string): Promise<boolean> {
  const pending = read(sessionId)
  if (!pending) return true
  try {
    await postOutcome(sessionId, pending.token, pending.outcome)
  } catch (err) {
    const status = err instanceof ApiError ? err.status : 0
    if (status === 0 || status === 408 || status === 429 || status >= 500) return false
    console.warn('The server refused a saved answer; it is dropped.', err)
  }
  forget(sessionId)
  return true
}

/** Sends every waiting answer on this device; false if any must wait for another try. */
export async function sendAllPendingOutcomes(): Promise<boolean> {
  const ids: string[] = []
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      if (key?.startsWith(PREFIX)) ids.push(key.slice(PREFIX.length))
    }
  } catch {
    return true
  }
  let all = true
  for (const id of ids) if (!(await sendPendingOutcome(id))) all = false
  return all
}
