import type { Progress } from '../../../../server/domain/engine'
import type { QueuedEvent } from './outbox-db'

/**
 * A synchronous write-ahead copy in localStorage. IndexedDB writes are asynchronous, and a reload or
 * a closed tab aborts the ones still in flight; localStorage writes finish before the call returns.
 * An event stays here (with its session's token, see `QueuedEvent`) until IndexedDB holds it; the
 * next page load, in any tab, moves what is left over.
 */
const eventsKey = (sessionId: string) => `fixpoint.journal.${sessionId}`
const progressKey = (sessionId: string) => `fixpoint.progress.${sessionId}`

function read<T>(key: string): T | null {
  try {
    const raw = localStorage.getItem(key)
    return raw ? (JSON.parse(raw) as T) : null
  } catch {
    return null
  }
}

function write(key: string, value: unknown) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage full or blocked: IndexedDB still has its copy once its write completes.
  }
}

export function journalEvent(item: QueuedEvent) {
  const list = read<QueuedEvent[]>(eventsKey(item.sessionId)) ?? []
  write(eventsKey(item.sessionId), [...list, item])
}

export function settleEvent(sessionId: string, id: string) {
  const list = (read<QueuedEvent[]>(eventsKey(sessionId)) ?? []).filter((q) => q.event.id !== id)
  write(eventsKey(sessionId), list.length ? list : null)
}

/** Sessions with events in the journal, from any tab of this origin. */
export function journalSessions(): string[] {
  const prefix = eventsKey('')
  const found: string[] = []
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)
      if (key?.startsWith(prefix)) found.push(key.slice(prefix.length))
    }
  } catch {
    // Storage blocked: nothing was journaled either.
  }
  return found
}

export function journaledEvents(sessionId: string): QueuedEvent[] {
  return read<QueuedEvent[]>(eventsKey(sessionId)) ?? []
}

export function journalProgress(sessionId: string, progress: Progress) {
  write(progressKey(sessionId), progress)
}

export function journaledProgress(sessionId: string): Progress | null {
  return read<Progress>(progressKey(sessionId))
}
