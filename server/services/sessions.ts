import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { escalations, repairSessions } from '../db/schema'
import type { SessionEvent } from '../domain/session'
import { EventWriter } from './event-writer'

export type RepairSession = typeof repairSessions.$inferSelect

const writers = new WeakMap<Db, EventWriter>()

/**
 * Stores a batch of client events exactly once: the client's UUID is the primary key, so a resent
 * batch inserts nothing new. Returns how many were new and how many had been seen before.
 * Concurrent batches share statements (see `EventWriter`); `lanes` is how many statements may
 * be in flight at once (1 on the embedded database, which runs one at a time anyway).
 */
export function ingestEvents(db: Db, session: RepairSession, events: SessionEvent[], lanes = 1) {
  let writer = writers.get(db)
  if (!writer) {
    writer = new EventWriter(db, lanes)
    writers.set(db, writer)
  }
  return writer.write(session.id, events)
}

/** The session's open or latest escalation, if any. */
export async function latestEscalation(db: Db, sessionId: string) {
  const [row] = await db
    .select()
    .from(escalations)
    .where(eq(escalations.sessionId, sessionId))
    .orderBy(desc(escalations.createdAt))
    .limit(1)
  return row ?? null
}

/**
 * Records the customer's answer. A session marked abandoned by the idle sweep still takes a late
 * answer; a different answer than one already given is refused.
 */
export async function recordOutcome(db: Db, id: string, outcome: 'fixed' | 'not_fixed') {
  const [row] = await db
    .update(repairSessions)
    .set({ outcome, endedAt: new Date(), lastSeenAt: new Date() })
    .where(
      and(
        eq(repairSessions.id, id),
        sql`(${repairSessions.outcome} is null or ${repairSessions.outcome} in ('abandoned', 'escalated') or ${repairSessions.outcome} = ${outcome})`,
      ),
    )
    .returning()
  return row ?? null
}

/** Sessions idle longer than `idleMs` with no answer become `abandoned`. Returns how many. */
export async function sweepAbandoned(db: Db, idleMs: number, now = new Date()) {
  const cutoff = new Date(now.getTime() - idleMs)
  const open = await db
    .select({ id: repairSessions.id })
    .from(repairSessions)
    .leftJoin(
      escalations,
      and(
        eq(escalations.sessionId, repairSessions.id),
        inArray(escalations.status, ['waiting', 'active']),
      ),
    )
    .where(
      and(
        isNull(repairSessions.outcome),
        sql`${repairSessions.lastSeenAt} < ${cutoff}`,
        isNull(escalations.id),
      ),
    )
  if (open.length === 0) return 0
  const done = await db
    .update(repairSessions)
    .set({ outcome: 'abandoned', endedAt: now })
    .where(
      and(
        inArray(
          repairSessions.id,
          open.map((r) => r.id),
        ),
        isNull(repairSessions.outcome),
      ),
    )
    .returning({ id: repairSessions.id })
  return done.length
}
