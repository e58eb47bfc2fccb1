import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm'
import type { Deps } from '../context'
import type { Db } from '../db/client'
import { callbacks, escalations, repairSessions, users } from '../db/schema'
import type { CallbackRequest } from '../domain/callback'
import { outcomeForResolution, type Resolution } from '../domain/escalation'
import type { Procedure } from '../domain/procedure'
import { announceQueueChange } from '../realtime/queue-events'
import { type EventsEnv, emitCallbackRequested } from '../webhooks/events'
import { repairContext } from './escalations'
import type { RepairSession } from './sessions'

export type CallbackRow = typeof callbacks.$inferSelect

const OPEN = ['open', 'claimed'] as const

export async function openCallbackOf(db: Db, sessionId: string) {
  const [row] = await db
    .select()
    .from(callbacks)
    .where(and(eq(callbacks.sessionId, sessionId), inArray(callbacks.status, [...OPEN])))
    .limit(1)
  return row ?? null
}

/** The session's latest callback request, open or done, for the customer's screen. */
export async function latestCallbackOf(db: Db, sessionId: string) {
  const [row] = await db
    .select()
    .from(callbacks)
    .where(eq(callbacks.sessionId, sessionId))
    .orderBy(desc(callbacks.createdAt))
    .limit(1)
  return row ?? null
}

/**
 * THE place a callback request is created: with the repair context (product, procedure and
 * version, the step, the path so far), taking the customer out of the live queue if they were
 * waiting there. One open request per session: asking again returns the open one (`created`
 * false). What follows a new request happens in `callbackRequested` below.
 */
export async function requestCallback(
  db: Db,
  session: RepairSession,
  procedure: Procedure,
  request: CallbackRequest,
  events?: EventsEnv,
): Promise<{ callback: CallbackRow; created: boolean; cancelledEscalationId: string | null }> {
  const existing = await openCallbackOf(db, session.id)
  if (existing) return { callback: existing, created: false, cancelledEscalationId: null }
  const { name, phone, email, windowStart, windowEnd, timeZone } = request
  // The repair context holds where the customer is, as a help request's does: not the consent.
  const { stepId, timeOnStepMs, path, mode } = request
  const where = { stepId, timeOnStepMs, path, mode, reason: 'asked' as const }
  const context = await repairContext(db, session, procedure, where)
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(callbacks)
      .values({
        sessionId: session.id,
        context,
        name,
        phone: phone || null,
        email: email || null,
        windowStart: new Date(windowStart),
        windowEnd: new Date(windowEnd),
        timeZone: timeZone ?? null,
        consentAt: new Date(),
      })
      .returning()
    if (!row) throw new Error('callback insert returned nothing')
    // The `callback.requested` webhook, queued with the request itself.
    if (events)
      await emitCallbackRequested(tx, events, {
        id: row.id,
        requestedAt: row.createdAt,
        preferredAt: row.windowStart,
        contact: `${name}, ${row.phone ?? row.email ?? ''}`,
        note: `Preferred window ${row.windowStart.toISOString()} to ${row.windowEnd.toISOString()}${row.timeZone ? ` (${row.timeZone})` : ''}`,
        sessionId: session.id,
      })
    // A call back instead of waiting: the live request leaves the queue.
    const [cancelled] = await tx
      .update(escalations)
      .set({ status: 'cancelled', closedAt: new Date() })
      .where(and(eq(escalations.sessionId, session.id), eq(escalations.status, 'waiting')))
      .returning({ id: escalations.id })
    return { callback: row, created: true, cancelledEscalationId: cancelled?.id ?? null }
  })
}

/** Open and claimed requests, the soonest window first, with who claimed them. */
export async function listCallbacks(db: Db) {
  return db
    .select({
      id: callbacks.id,
      sessionId: callbacks.sessionId,
      status: callbacks.status,
      context: callbacks.context,
      name: callbacks.name,
      phone: callbacks.phone,
      email: callbacks.email,
      windowStart: callbacks.windowStart,
      windowEnd: callbacks.windowEnd,
      timeZone: callbacks.timeZone,
      agentId: callbacks.agentId,
      agentEmail: users.email,
      createdAt: callbacks.createdAt,
    })
    .from(callbacks)
    .leftJoin(users, eq(users.id, callbacks.agentId))
    .where(inArray(callbacks.status, [...OPEN]))
    .orderBy(asc(callbacks.windowStart), asc(callbacks.createdAt))
}

export async function getCallback(db: Db, id: string) {
  const [row] = await db.select().from(callbacks).where(eq(callbacks.id, id)).limit(1)
  return row ?? null
}

/** Exactly one agent claims a request: the update only matches while it is still open. */
export async function claimCallback(db: Db, id: string, agentId: string) {
  const [row] = await db
    .update(callbacks)
    .set({ status: 'claimed', agentId, claimedAt: new Date() })
    .where(and(eq(callbacks.id, id), eq(callbacks.status, 'open')))
    .returning()
  return row ?? null
}

/** Records the call back's result as a call's close does, settling an unanswered outcome. */
export async function closeCallback(db: Db, id: string, resolution: Resolution, notes: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(callbacks)
      .set({ status: 'done', resolution, notes, closedAt: new Date() })
      .where(and(eq(callbacks.id, id), eq(callbacks.status, 'claimed')))
      .returning()
    if (!row) return null
    await tx
      .update(repairSessions)
      .set({ outcome: outcomeForResolution(resolution), endedAt: new Date() })
      .where(and(eq(repairSessions.id, row.sessionId), isNull(repairSessions.outcome)))
    return row
  })
}

/**
 * Everything that follows a new callback request, called once per request created: the agents'
 * consoles hear of it, and the live queue of the customer who left it. The hook for anything else
 * a new request should set off (a `callback.requested` webhook, say) goes here.
 */
export async function callbackRequested(
  deps: Deps,
  created: { callback: CallbackRow; cancelledEscalationId: string | null },
) {
  await deps.hub.publish('queue', { type: 'callbacks_changed', callbackId: created.callback.id })
  if (created.cancelledEscalationId) await announceQueueChange(deps, created.cancelledEscalationId)
}
