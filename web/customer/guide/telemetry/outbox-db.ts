import { type DBSchema, type IDBPDatabase, openDB } from 'idb'
import type { Progress } from '../../../../server/domain/engine'
import type { SessionEvent } from '../../../../server/domain/session'
import {
  journalEvent,
  journaledEvents,
  journaledProgress,
  journalProgress,
  journalSessions,
  settleEvent,
} from './journal'

/**
 * An event waiting for the server. It carries its session's token so that any later tab or visit
 * on this device can send it, not only the tab that made it (whose sessionStorage holds the token):
 * the token stays on the device only as long as unsent events need it, and goes with them.
 * Events queued before tokens were kept here have none and wait for their own guide.
 */
export type QueuedEvent = { sessionId: string; seq: number; event: SessionEvent; token?: string }

interface GuideDb extends DBSchema {
  /** Events waiting for the server's 200, in the order they were made. */
  outbox: { key: string; value: QueuedEvent; indexes: { bySession: [string, number] } }
  /** Where each session is, so a reload resumes at the same step. */
  progress: { key: string; value: { sessionId: string; progress: Progress } }
}

let opening: Promise<IDBPDatabase<GuideDb>> | null = null

/** The guide's IndexedDB database, opened once per page. */
export function guideDb(): Promise<IDBPDatabase<GuideDb>> {
  opening ??= openDB<GuideDb>('fixpoint-guide', 1, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'event.id' })
      outbox.createIndex('bySession', ['sessionId', 'seq'])
      db.createObjectStore('progress', { keyPath: 'sessionId' })
    },
  })
  return opening
}

const sessionRange = (sessionId: string) =>
  IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity])

/**
 * Stores an event in IndexedDB. The caller has journaled it synchronously first (`journalEvent`),
 * so a page that closes before this write finishes loses nothing; once stored, the journal lets go.
 */
export async function putEvent(item: QueuedEvent): Promise<void> {
  await (await guideDb()).put('outbox', item)
  settleEvent(item.sessionId, item.event.id)
}

export { journalEvent }

/** Moves events a closed page left in the journal into IndexedDB (ids make this idempotent). */
export async function recoverJournal(sessionId: string): Promise<void> {
  const left = journaledEvents(sessionId)
  if (left.length === 0) return
  const db = await guideDb()
  for (const item of left) {
    await db.put('outbox', item)
    settleEvent(sessionId, item.event.id)
  }
}

/** Moves whatever any closed page left in the journal, for every session, into IndexedDB. */
export async function recoverAllJournals(): Promise<void> {
  for (const sessionId of journalSessions()) await recoverJournal(sessionId)
}

/** Each session with events waiting, and a token to send them with (the first event's). */
export async function queuedSessions(): Promise<{ sessionId: string; token: string }[]> {
  const found: { sessionId: string; token: string }[] = []
  const index = (await guideDb()).transaction('outbox').store.index('bySession')
  let cursor = await index.openCursor()
  while (cursor) {
    const { sessionId, token } = cursor.value
    if (token) found.push({ sessionId, token })
    // On to the next session: past every seq of this one.
    cursor = await cursor.continue([sessionId, Infinity])
  }
  return found
}

/** The oldest `limit` events of a session still waiting for the server. */
export async function readQueue(sessionId: string, limit: number): Promise<QueuedEvent[]> {
  const db = await guideDb()
  return db.getAllFromIndex('outbox', 'bySession', sessionRange(sessionId), limit)
}

export async function countQueue(sessionId: string): Promise<number> {
  return (await guideDb()).countFromIndex('outbox', 'bySession', sessionRange(sessionId))
}

export async function deleteEvents(ids: string[]): Promise<void> {
  const tx = (await guideDb()).transaction('outbox', 'readwrite')
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done])
}

export async function saveProgress(sessionId: string, progress: Progress): Promise<void> {
  journalProgress(sessionId, progress)
  await (await guideDb()).put('progress', { sessionId, progress })
}

/** The latest saved progress: the journal's copy is written synchronously, so it is never older. */
export async function loadProgress(sessionId: string): Promise<Progress | null> {
  const journaled = journaledProgress(sessionId)
  if (journaled) return journaled
  return (await (await guideDb()).get('progress', sessionId))?.progress ?? null
}
