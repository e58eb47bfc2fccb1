import { and, asc, eq, gt, gte, lt, type SQL } from 'drizzle-orm'
import type { Db } from '../db/client'
import { escalations, repairSessions, sessionEvents, users } from '../db/schema'
import {
  COLUMNS,
  type ExportQuery,
  type ExportTable,
  ROW_SCHEMAS,
} from '../domain/analytics-export'
import { type Cell, csvLine } from '../domain/csv'

/** Rows read per query: the most the export holds in memory at once. */
export const EXPORT_BATCH = 1000

const iso = (d: Date | null) => (d ? d.toISOString() : null)
const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`)
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000)

/** Filters on the table's own time column and the session's procedure and content language. */
function filters(col: Parameters<typeof gte>[0], q: ExportQuery): SQL[] {
  const out: SQL[] = []
  if (q.procedureId) out.push(eq(repairSessions.procedureId, q.procedureId))
  if (q.language) out.push(eq(repairSessions.language, q.language))
  if (q.from) out.push(gte(col, dayStart(q.from)))
  if (q.to) out.push(lt(col, dayAfter(q.to)))
  return out
}

/** One batch of rows after `after` (an id; keyset paging on the primary key), as plain objects. */
async function batch(db: Db, table: ExportTable, q: ExportQuery, after: string | null) {
  if (table === 'sessions') {
    const s = repairSessions
    const rows = await db
      .select()
      .from(s)
      .where(and(...filters(s.createdAt, q), after ? gt(s.id, after) : undefined))
      .orderBy(asc(s.id))
      .limit(EXPORT_BATCH)
    return rows.map((r) => ({
      key: r.id,
      row: ROW_SCHEMAS.sessions.parse({
        session_id: r.id,
        product_id: r.productId,
        procedure_id: r.procedureId,
        version: r.version,
        mode: r.mode,
        serial: r.serial,
        language: r.language,
        outcome: r.outcome,
        current_step_id: r.currentStepId,
        started_at: r.createdAt.toISOString(),
        last_seen_at: r.lastSeenAt.toISOString(),
        ended_at: iso(r.endedAt),
      }),
    }))
  }
  if (table === 'events') {
    const e = sessionEvents
    const rows = await db
      .select({ e, procedureId: repairSessions.procedureId, version: repairSessions.version })
      .from(e)
      .innerJoin(repairSessions, eq(repairSessions.id, e.sessionId))
      .where(and(...filters(e.at, q), after ? gt(e.id, after) : undefined))
      .orderBy(asc(e.id))
      .limit(EXPORT_BATCH)
    return rows.map(({ e: r, procedureId, version }) => ({
      key: r.id,
      row: ROW_SCHEMAS.events.parse({
        event_id: r.id,
        session_id: r.sessionId,
        procedure_id: procedureId,
        version,
        type: r.type,
        step_id: r.stepId,
        at: r.at.toISOString(),
        received_at: r.receivedAt.toISOString(),
        data: r.data === null || r.data === undefined ? null : JSON.stringify(r.data),
      }),
    }))
  }
  const x = escalations
  const rows = await db
    .select({
      x,
      procedureId: repairSessions.procedureId,
      version: repairSessions.version,
      agent: users.email,
    })
    .from(x)
    .innerJoin(repairSessions, eq(repairSessions.id, x.sessionId))
    .leftJoin(users, eq(users.id, x.agentId))
    .where(and(...filters(x.createdAt, q), after ? gt(x.id, after) : undefined))
    .orderBy(asc(x.id))
    .limit(EXPORT_BATCH)
  return rows.map(({ x: r, procedureId, version, agent }) => ({
    key: r.id,
    row: ROW_SCHEMAS.escalations.parse({
      escalation_id: r.id,
      session_id: r.sessionId,
      procedure_id: procedureId,
      version,
      status: r.status,
      resolution: r.resolution,
      agent_email: agent,
      requested_at: r.createdAt.toISOString(),
      accepted_at: iso(r.acceptedAt),
      closed_at: iso(r.closedAt),
      wait_seconds: r.acceptedAt
        ? Math.round((r.acceptedAt.getTime() - r.createdAt.getTime()) / 1000)
        : null,
      notes: r.notes,
    }),
  }))
}

/**
 * The table as text chunks, a batch of rows each (CSV with a header line first, or NDJSON),
 * read lazily: the next batch is queried only when the consumer asks for more.
 */
export async function* exportChunks(
  db: Db,
  table: ExportTable,
  q: ExportQuery,
): AsyncGenerator<string> {
  const columns = COLUMNS[table]
  if (q.format === 'csv') yield csvLine(columns)
  let after: string | null = null
  for (;;) {
    const rows = await batch(db, table, q, after)
    if (rows.length === 0) return
    const values = rows.map(({ row }): Record<string, Cell> => row)
    yield q.format === 'csv'
      ? values.map((r) => csvLine(columns.map((c) => r[c]))).join('')
      : values.map((r) => `${JSON.stringify(r)}\n`).join('')
    after = rows.at(-1)?.key ?? null
    if (rows.length < EXPORT_BATCH) return
  }
}
