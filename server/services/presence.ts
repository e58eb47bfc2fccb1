import { and, count, countDistinct, eq, gt, inArray, isNotNull, lt, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { agentPresence, agentSockets, escalations, users } from '../db/schema'
import type { AgentStatus } from '../domain/presence'

/** A socket is live while its instance stamped it within this many milliseconds. */
const fresh = (staleMs: number) =>
  gt(agentSockets.seenAt, sql`now() - make_interval(secs => ${staleMs / 1000})`)

/** An agent-console socket opened on this instance. */
export async function socketOpened(db: Db, socketId: string, userId: string) {
  await db.insert(agentSockets).values({ id: socketId, userId }).onConflictDoNothing()
}

export async function socketClosed(db: Db, socketId: string) {
  await db.delete(agentSockets).where(eq(agentSockets.id, socketId))
}

/** Every recorded console socket (a lone instance starting: none of them is open any more). */
export async function forgetAllSockets(db: Db) {
  await db.delete(agentSockets)
}

/**
 * This instance's open agent sockets are still open: stamped, and recorded again if a sweep took
 * them while this instance could not stamp (the database was away). True when any was recorded
 * again, so the count of agents online may have changed.
 */
export async function socketsSeen(db: Db, sockets: { id: string; userId: string }[]) {
  if (sockets.length === 0) return false
  const rows = await db
    .insert(agentSockets)
    .values(sockets)
    .onConflictDoUpdate({ target: agentSockets.id, set: { seenAt: sql`now()` } })
    .returning({ inserted: sql<boolean>`(xmax = 0)` })
  return rows.some((r) => r.inserted)
}

/** Removes sockets no instance has stamped for `staleMs` (their instance died); returns how many. */
export async function sweepSockets(db: Db, staleMs: number) {
  const gone = await db
    .delete(agentSockets)
    .where(lt(agentSockets.seenAt, sql`now() - make_interval(secs => ${staleMs / 1000})`))
    .returning({ id: agentSockets.id })
  return gone.length
}

/** How many live console sockets this member has, on every instance. */
export async function liveSockets(db: Db, userId: string, staleMs: number) {
  const [row] = await db
    .select({ n: count() })
    .from(agentSockets)
    .where(and(eq(agentSockets.userId, userId), fresh(staleMs)))
  return row?.n ?? 0
}

/** The status the member chose (online until they choose otherwise). */
export async function chosenStatus(db: Db, userId: string): Promise<AgentStatus> {
  const [row] = await db
    .select({ status: agentPresence.status })
    .from(agentPresence)
    .where(eq(agentPresence.userId, userId))
  return row?.status ?? 'online'
}

export async function setStatus(db: Db, userId: string, status: AgentStatus) {
  await db
    .insert(agentPresence)
    .values({ userId, status })
    .onConflictDoUpdate({
      target: agentPresence.userId,
      set: { status, updatedAt: sql`now()` },
    })
}

/** What a member's presence is: their choice while a console of theirs is open, else offline. */
export async function effectiveStatus(db: Db, userId: string, staleMs: number) {
  const [chosen, sockets] = await Promise.all([
    chosenStatus(db, userId),
    liveSockets(db, userId, staleMs),
  ])
  return { chosen, effective: sockets > 0 ? chosen : ('offline' as const), sockets }
}

/** Active agents and admins with a live console socket who chose `online`. */
export async function agentsOnline(db: Db, staleMs: number) {
  const [row] = await db
    .select({ n: countDistinct(agentSockets.userId) })
    .from(agentSockets)
    .innerJoin(users, and(eq(users.id, agentSockets.userId), eq(users.active, true)))
    .leftJoin(agentPresence, eq(agentPresence.userId, agentSockets.userId))
    .where(
      and(
        fresh(staleMs),
        inArray(users.role, ['agent', 'admin']),
        sql`coalesce(${agentPresence.status}, 'online') = 'online'`,
      ),
    )
  return row?.n ?? 0
}

/** Calls in progress, each holding an agent. */
export async function activeCalls(db: Db) {
  const [row] = await db
    .select({ n: count() })
    .from(escalations)
    .where(eq(escalations.status, 'active'))
  return row?.n ?? 0
}

/** Seconds from accepting to closing, for the last 20 calls closed. */
export async function recentHandlingSeconds(db: Db): Promise<number[]> {
  const rows = await db
    .select({
      s: sql<number>`extract(epoch from ${escalations.closedAt} - ${escalations.acceptedAt})::float`,
    })
    .from(escalations)
    .where(and(eq(escalations.status, 'closed'), isNotNull(escalations.acceptedAt)))
    .orderBy(sql`${escalations.closedAt} desc`)
    .limit(20)
  return rows.map((r) => Number(r.s))
}

/** Everything a wait estimate needs but the place in the queue. */
export async function waitInputs(db: Db, staleMs: number) {
  const [online, active, handling] = await Promise.all([
    agentsOnline(db, staleMs),
    activeCalls(db),
    recentHandlingSeconds(db),
  ])
  return { agentsOnline: online, activeCalls: active, handlingSeconds: handling }
}
