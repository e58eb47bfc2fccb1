import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { escalations, repairSessions } from '../db/schema'
import type { EventBatchResult, EventResult } from '../domain/event-batch'
import { SessionEventSchema } from '../domain/session'
import { fieldErrors } from '../errors'
import { type EventsEnv, emitSessionCompleted } from '../webhooks/events'
import { noEndpointWants } from '../webhooks/outbox'
import { EventWriter } from './event-writer'

export type RepairSession = typeof repairSessions.$inferSelect

const writers = new WeakMap<Db, EventWriter>()

/**
 * Stores a batch of client events exactly once: the client's UUID is the primary key, so a resent
 * event inserts nothing new. Each event is checked on its own; the invalid ones are answered
 * `rejected` with their reasons and the others stored, so one bad event never costs the rest.
 * Results come in the order the events were sent. Concurrent batches share statements (see
 * `EventWriter`); `lanes` is how many statements may be in flight at once (1 on the embedded
 * database, which runs one at a time anyway).
 */
export async function ingestEvents(
  db: Db,
  session: RepairSession,
  raw: unknown[],
  lanes = 1,
): Promise<EventBatchResult> {
  const checked = raw.map((r) => SessionEventSchema.safeParse(r))
  const valid = checked.flatMap((c) => (c.success ? [c.data] : []))
  const stored = valid.length > 0 ? (await writer(db, lanes).write(session.id, valid)).stored : null
  // An id sent twice in one batch is stored once: its first copy counts as new.
  const claimed = new Set<string>()
  const results = checked.map((c, i): EventResult => {
    if (!c.success) {
      const fields = fieldErrors(c.error)
      const [first = '_', [message = 'not valid'] = []] = Object.entries(fields)[0] ?? []
      return { status: 'rejected', id: idOf(raw[i]), reason: `${first}: ${message}`, fields }
    }
    const id = c.data.id.toLowerCase()
    if (stored?.has(id) && !claimed.has(id)) {
      claimed.add(id)
      return { status: 'stored', id: c.data.id }
    }
    return { status: 'duplicate', id: c.data.id }
  })
  const count = (status: EventResult['status']) => results.filter((r) => r.status === status).length
  return {
    accepted: count('stored'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
    results,
  }
}

function writer(db: Db, lanes: number): EventWriter {
  let w = writers.get(db)
  if (!w) {
    w = new EventWriter(db, lanes)
    writers.set(db, w)
  }
  return w
}

/** The id a refused event was sent with, when it is a short string (to name it in the answer). */
function idOf(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object' || !('id' in raw)) return null
  return typeof raw.id === 'string' && raw.id.length <= 64 ? raw.id : null
}

/**
 * A session's row as it is now (its step and outcome change) with its latest escalation, if any,
 * in one statement: the customer's session read is on every guide open.
 */
export async function sessionState(db: Db, id: string) {
  const [row] = await db
    .select({
      session: repairSessions,
      escalation: {
        id: escalations.id,
        status: escalations.status,
        createdAt: escalations.createdAt,
      },
    })
    .from(repairSessions)
    .leftJoin(
      escalations,
      eq(
        escalations.id,
        sql`(select e.id from ${escalations} e where e.session_id = ${repairSessions.id}
          order by e.created_at desc limit 1)`,
      ),
    )
    .where(eq(repairSessions.id, id))
  return row ?? null
}

/**
 * Records the customer's answer. A session marked abandoned by the idle sweep still takes a late
 * answer; a different answer than one already given is refused.
 */
export async function recordOutcome(
  db: Db,
  id: string,
  outcome: 'fixed' | 'not_fixed',
  events?: EventsEnv,
) {
  // Where no webhook endpoint wants the event (and Salesforce is off), one statement records the
  // answer, checking that in the same snapshot: 1 round trip instead of a transaction's 4. When
  // one does (or the answer is refused), the transaction below decides and enqueues the event.
  if (events && !events.SALESFORCE_LOGIN_URL) {
    const row = await setOutcome(db, id, outcome, noEndpointWants('session.completed'))
    if (row) return row
  }
  return db.transaction(async (tx) => {
    const row = await setOutcome(tx, id, outcome)
    // Answering again with the same outcome finds the event already there (its id is the fact's).
    if (row && events) await emitSessionCompleted(tx, events, id, 'customer')
    return row
  })
}

async function setOutcome(db: Db, id: string, outcome: 'fixed' | 'not_fixed', also?: SQL) {
  const [row] = await db
    .update(repairSessions)
    .set({ outcome, endedAt: new Date(), lastSeenAt: new Date() })
    .where(
      and(
        eq(repairSessions.id, id),
        sql`(${repairSessions.outcome} is null or ${repairSessions.outcome} in ('abandoned', 'escalated') or ${repairSessions.outcome} = ${outcome})`,
        also,
      ),
    )
    .returning()
  return row ?? null
}

/**
 * Sessions idle longer than `idleMs` with no answer become `abandoned`, each announced as
 * `session.completed` (source `idle`) when `events` is given. Returns how many.
 */
export async function sweepAbandoned(db: Db, idleMs: number, now = new Date(), events?: EventsEnv) {
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
  return db.transaction(async (tx) => {
    const done = await tx
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
    if (events) for (const { id } of done) await emitSessionCompleted(tx, events, id, 'idle')
    return done.length
  })
}
