import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { escalations, repairSessions } from '../db/schema'
import type { SessionEvent } from '../domain/session'

export type RepairSession = typeof repairSessions.$inferSelect

/**
 * Stores a batch of client events exactly once: the client's UUID is the primary key, so a resent
 * batch inserts nothing new. Returns how many were new and how many had been seen before.
 */
export async function ingestEvents(db: Db, session: RepairSession, events: SessionEvent[]) {
  // The newest step viewed in this batch; the stored one moves only forward in time, so a late
  // batch (another tab, a resend) never moves it back.
  const lastView = events
    .filter((e) => e.type === 'step_view' && e.stepId)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .at(-1)
  // One JSON parameter instead of six per event: binding hundreds of parameters costs more than
  // the insert itself, most of all on the embedded database.
  const payload = JSON.stringify(
    events.map((e) => ({
      id: e.id,
      type: e.type,
      stepId: e.stepId ?? null,
      at: e.at,
      data: e.data ?? null,
    })),
  )
  const result = await db.execute(sql`
    insert into session_events (id, session_id, type, step_id, at, data)
    select (e->>'id')::uuid, ${session.id}::uuid, e->>'type', e->>'stepId', (e->>'at')::timestamptz,
      nullif(e->'data', 'null'::jsonb)
    from jsonb_array_elements(${payload}::jsonb) as e
    on conflict (id) do nothing
    returning id`)
  const inserted =
    (result as { rows?: { id: string }[] }).rows ?? (result as unknown as { id: string }[])
  const fresh = new Set(inserted.map((r) => r.id))
  const viewed = lastView && fresh.has(lastView.id) ? lastView : null
  const viewedAt = viewed ? new Date(viewed.at).toISOString() : null
  const newer = sql`(${repairSessions.currentStepAt} is null or ${repairSessions.currentStepAt} <= ${viewedAt})`
  await db
    .update(repairSessions)
    .set({
      lastSeenAt: new Date(),
      ...(viewed
        ? {
            currentStepId: sql`case when ${newer} then ${viewed.stepId} else ${repairSessions.currentStepId} end`,
            currentStepAt: sql`case when ${newer} then ${viewedAt}::timestamptz else ${repairSessions.currentStepAt} end`,
          }
        : {}),
    })
    .where(eq(repairSessions.id, session.id))
  return { accepted: fresh.size, duplicates: events.length - fresh.size }
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
