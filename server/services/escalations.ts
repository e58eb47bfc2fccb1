import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { escalations, products, repairSessions, sessionEvents, users } from '../db/schema'
import {
  type EscalationContext,
  type HelpRequest,
  outcomeForResolution,
  type Resolution,
} from '../domain/escalation'
import { estimateWaitSeconds } from '../domain/presence'
import type { Procedure } from '../domain/procedure'
import { type EventsEnv, emitEscalation, emitSessionCompleted } from '../webhooks/events'
import { waitInputs } from './presence'
import type { RepairSession } from './sessions'

export type EscalationRow = typeof escalations.$inferSelect

const OPEN = ['waiting', 'active'] as const

export async function openEscalationOf(db: Db, sessionId: string) {
  const [row] = await db
    .select()
    .from(escalations)
    .where(and(eq(escalations.sessionId, sessionId), inArray(escalations.status, [...OPEN])))
    .limit(1)
  return row ?? null
}

/** The snapshot an agent works from: product, procedure and version, the step, the path so far. */
export async function repairContext(
  db: Db,
  session: RepairSession,
  procedure: Procedure,
  request: HelpRequest,
): Promise<EscalationContext> {
  const [product] = await db
    .select({ name: products.name })
    .from(products)
    .where(eq(products.id, session.productId))
  const index = procedure.steps.findIndex((s) => s.id === request.stepId)
  return {
    ...request,
    productId: session.productId,
    productName: product?.name ?? session.productId,
    procedureId: session.procedureId,
    procedureTitle: procedure.title,
    version: session.version,
    stepTitle: procedure.steps[index]?.title ?? request.stepId,
    stepIndex: index + 1,
    serial: session.serial,
    language: session.language,
  }
}

/**
 * Asks for an agent; asking again while one is open returns the open one. With `events`, the
 * `escalation.requested` webhook is queued in the same transaction.
 */
export async function requestHelp(
  db: Db,
  session: RepairSession,
  procedure: Procedure,
  request: HelpRequest,
  events?: EventsEnv,
): Promise<{ escalation: EscalationRow; created: boolean }> {
  const existing = await openEscalationOf(db, session.id)
  if (existing) return { escalation: existing, created: false }
  const context = await repairContext(db, session, procedure, request)
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(escalations)
      .values({ sessionId: session.id, context })
      .returning()
    if (!row) throw new Error('escalation insert returned nothing')
    if (events) await emitEscalation(tx, events, 'requested', row.id)
    return { escalation: row, created: true }
  })
}

/**
 * Place in the queue (1 = next), the agents online now, and an honest wait for a waiting
 * escalation: null when nobody is online to take it.
 */
export async function queuePosition(db: Db, e: EscalationRow, staleMs: number) {
  const inputs = await waitInputs(db, staleMs)
  if (e.status !== 'waiting')
    return { position: 0, estimatedWaitSeconds: 0, agentsOnline: inputs.agentsOnline }
  const [ahead] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(escalations)
    // Compared in the database: a JS Date keeps milliseconds, the column microseconds, and the
    // request itself (truncated) would not count as ahead of itself.
    .where(
      and(
        eq(escalations.status, 'waiting'),
        sql`${escalations.createdAt} <= (select created_at from escalations where id = ${e.id})`,
      ),
    )
  const position = ahead?.n ?? 1
  return {
    position,
    estimatedWaitSeconds: estimateWaitSeconds({ position, ...inputs }),
    agentsOnline: inputs.agentsOnline,
  }
}

export async function cancelHelp(db: Db, sessionId: string) {
  const [row] = await db
    .update(escalations)
    .set({ status: 'cancelled', closedAt: new Date() })
    .where(and(eq(escalations.sessionId, sessionId), eq(escalations.status, 'waiting')))
    .returning()
  return row ?? null
}

/** Waiting (oldest first) and active escalations with their context and assigned agent. */
export async function listQueue(db: Db) {
  return db
    .select({
      id: escalations.id,
      sessionId: escalations.sessionId,
      status: escalations.status,
      context: escalations.context,
      agentId: escalations.agentId,
      agentEmail: users.email,
      createdAt: escalations.createdAt,
      acceptedAt: escalations.acceptedAt,
    })
    .from(escalations)
    .leftJoin(users, eq(users.id, escalations.agentId))
    .where(inArray(escalations.status, [...OPEN]))
    .orderBy(asc(escalations.createdAt))
}

/** Exactly one agent wins: the update only matches while the escalation is still waiting. */
export async function acceptEscalation(db: Db, id: string, agentId: string, events?: EventsEnv) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(escalations)
      .set({ status: 'active', agentId, acceptedAt: new Date() })
      .where(and(eq(escalations.id, id), eq(escalations.status, 'waiting')))
      .returning()
    if (row && events) await emitEscalation(tx, events, 'accepted', row.id)
    return row ?? null
  })
}

export async function getEscalation(db: Db, id: string) {
  const [row] = await db.select().from(escalations).where(eq(escalations.id, id)).limit(1)
  return row ?? null
}

/** Closes an active escalation and, when the customer gave no answer, settles the outcome. */
export async function closeEscalation(
  db: Db,
  id: string,
  resolution: Resolution,
  notes: string,
  events?: EventsEnv,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(escalations)
      .set({ status: 'closed', resolution, notes, closedAt: new Date() })
      .where(and(eq(escalations.id, id), eq(escalations.status, 'active')))
      .returning()
    if (!row) return null
    const settled = await tx
      .update(repairSessions)
      .set({ outcome: outcomeForResolution(resolution), endedAt: new Date() })
      .where(and(eq(repairSessions.id, row.sessionId), isNull(repairSessions.outcome)))
      .returning({ id: repairSessions.id })
    if (events) {
      await emitEscalation(tx, events, 'closed', row.id)
      if (settled.length > 0) await emitSessionCompleted(tx, events, row.sessionId, 'agent')
    }
    return row
  })
}

/** The customer's event timeline, oldest first, for the agent console. */
export async function sessionTimeline(db: Db, sessionId: string) {
  return db
    .select({
      id: sessionEvents.id,
      type: sessionEvents.type,
      stepId: sessionEvents.stepId,
      at: sessionEvents.at,
      data: sessionEvents.data,
    })
    .from(sessionEvents)
    .where(eq(sessionEvents.sessionId, sessionId))
    .orderBy(asc(sessionEvents.at))
    .limit(2000)
}

export async function waitingEscalations(db: Db) {
  return db
    .select()
    .from(escalations)
    .where(eq(escalations.status, 'waiting'))
    .orderBy(asc(escalations.createdAt))
}
