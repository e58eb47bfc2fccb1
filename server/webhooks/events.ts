import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import {
  escalations,
  procedureVersions,
  products,
  repairSessions,
  sessionEvents,
  users,
} from '../db/schema'
import { EscalationContextSchema } from '../domain/escalation'
import { ProcedureSchema } from '../domain/procedure'
import type { WebhookSession } from '../domain/webhooks'
import type { Env } from '../env'
import { anyoneWants, enqueueEvent, type OutboxEnv } from './outbox'

/** What building and enqueueing events needs from the configuration. */
export type EventsEnv = OutboxEnv & Pick<Env, 'PUBLIC_URL' | 'PORT'>

/** Where staff see a session: the procedure version's analytics, with the session named. */
export function sessionUrl(
  env: EventsEnv,
  s: { id: string; procedureId: string; version: number },
) {
  const base = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '')
  return `${base}/studio/analytics/${encodeURIComponent(s.procedureId)}?version=${s.version}&session=${s.id}`
}

async function procedureOf(tx: Db, procedureId: string, version: number) {
  const [row] = await tx
    .select({ content: procedureVersions.content })
    .from(procedureVersions)
    .where(
      and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)),
    )
  const parsed = ProcedureSchema.safeParse(row?.content)
  return parsed.success ? parsed.data : null
}

/** The session as events report it: product, procedure and version, last step, path, link. */
export async function webhookSession(
  tx: Db,
  env: EventsEnv,
  sessionId: string,
): Promise<WebhookSession | null> {
  const [s] = await tx
    .select({ session: repairSessions, productName: products.name })
    .from(repairSessions)
    .innerJoin(products, eq(products.id, repairSessions.productId))
    .where(eq(repairSessions.id, sessionId))
  if (!s) return null
  const row = s.session
  const procedure = await procedureOf(tx, row.procedureId, row.version)
  const views = await tx
    .select({ stepId: sessionEvents.stepId })
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.type, 'step_view')))
    .orderBy(asc(sessionEvents.at))
    .limit(500)
  const path = views.flatMap((v) => (v.stepId ? [v.stepId] : []))
  const stepId = row.currentStepId ?? path.at(-1) ?? null
  return {
    id: row.id,
    productId: row.productId,
    productName: s.productName,
    serial: row.serial,
    procedureId: row.procedureId,
    procedureTitle: procedure?.title ?? row.procedureId,
    version: row.version,
    mode: row.mode,
    outcome: row.outcome,
    stepId,
    stepTitle: procedure?.steps.find((x) => x.id === stepId)?.title ?? null,
    path,
    startedAt: row.createdAt.toISOString(),
    url: sessionUrl(env, row),
  }
}

/**
 * `session.completed`: the customer answered, an agent's resolution settled the outcome, or the
 * idle sweep marked the session abandoned.
 */
export async function emitSessionCompleted(
  tx: Db,
  env: EventsEnv,
  sessionId: string,
  source: 'customer' | 'agent' | 'idle',
) {
  if (!(await anyoneWants(tx, env, 'session.completed'))) return
  const session = await webhookSession(tx, env, sessionId)
  if (!session?.outcome) return
  await enqueueEvent(tx, env, `session.completed:${sessionId}:${session.outcome}`, {
    type: 'session.completed',
    timestamp: new Date().toISOString(),
    data: { session, outcome: session.outcome, source },
  })
}

/** `escalation.requested`, `.accepted` or `.closed` for this escalation as it now stands. */
export async function emitEscalation(
  tx: Db,
  env: EventsEnv,
  what: 'requested' | 'accepted' | 'closed',
  escalationId: string,
) {
  if (!(await anyoneWants(tx, env, `escalation.${what}`))) return
  const [row] = await tx
    .select({ e: escalations, agentName: users.name, agentEmail: users.email })
    .from(escalations)
    .leftJoin(users, eq(users.id, escalations.agentId))
    .where(eq(escalations.id, escalationId))
  if (!row) return
  const e = row.e
  const session = await webhookSession(tx, env, e.sessionId)
  if (!session) return
  const ctx = EscalationContextSchema.parse(e.context)
  const base = {
    id: e.id,
    reason: ctx.reason,
    note: ctx.note ?? null,
    stepId: ctx.stepId,
    stepTitle: ctx.stepTitle,
    timeOnStepMs: ctx.timeOnStepMs,
    requestedAt: e.createdAt.toISOString(),
  }
  // The path the customer's guide reported when asking is the one that led them there.
  const withPath = { ...session, path: ctx.path.length ? ctx.path : session.path }
  const agent = e.agentId ? { id: e.agentId, name: row.agentName || row.agentEmail || '' } : null
  const timestamp = new Date().toISOString()
  const key = `escalation.${what}:${e.id}`
  if (what === 'requested')
    await enqueueEvent(tx, env, key, {
      type: 'escalation.requested',
      timestamp,
      data: { escalation: base, session: withPath },
    })
  else if (what === 'accepted' && e.acceptedAt)
    await enqueueEvent(tx, env, key, {
      type: 'escalation.accepted',
      timestamp,
      data: {
        escalation: { ...base, acceptedAt: e.acceptedAt.toISOString(), agent },
        session: withPath,
      },
    })
  else if (what === 'closed' && e.closedAt && e.resolution)
    await enqueueEvent(tx, env, key, {
      type: 'escalation.closed',
      timestamp,
      data: {
        escalation: {
          ...base,
          closedAt: e.closedAt.toISOString(),
          agent,
          resolution: e.resolution,
          notes: e.notes,
        },
        session: withPath,
      },
    })
}

/** `procedure.published` for a version just written. */
export async function emitProcedurePublished(
  tx: Db,
  env: EventsEnv,
  procedureId: string,
  version: number,
) {
  if (!(await anyoneWants(tx, env, 'procedure.published'))) return
  const [row] = await tx
    .select()
    .from(procedureVersions)
    .where(
      and(eq(procedureVersions.procedureId, procedureId), eq(procedureVersions.version, version)),
    )
  const procedure = ProcedureSchema.safeParse(row?.content)
  if (!row || !procedure.success) return
  await enqueueEvent(tx, env, `procedure.published:${procedureId}:${version}`, {
    type: 'procedure.published',
    timestamp: new Date().toISOString(),
    data: {
      procedure: {
        id: procedureId,
        productId: procedure.data.productId,
        title: procedure.data.title,
        version,
        changeNote: row.changeNote,
        publishedAt: row.publishedAt.toISOString(),
      },
    },
  })
}

/**
 * `callback.requested`: for the callbacks feature to call in the transaction that records a
 * customer's request to be called back (the type and its payload are already in the contract).
 */
export async function emitCallbackRequested(
  tx: Db,
  env: EventsEnv,
  callback: {
    id: string
    requestedAt: Date
    preferredAt: Date | null
    contact: string | null
    note: string | null
    sessionId: string | null
  },
) {
  if (!(await anyoneWants(tx, env, 'callback.requested'))) return
  const session = callback.sessionId ? await webhookSession(tx, env, callback.sessionId) : null
  await enqueueEvent(tx, env, `callback.requested:${callback.id}`, {
    type: 'callback.requested',
    timestamp: new Date().toISOString(),
    data: {
      callback: {
        id: callback.id,
        requestedAt: callback.requestedAt.toISOString(),
        preferredAt: callback.preferredAt?.toISOString() ?? null,
        contact: callback.contact,
        note: callback.note,
      },
      session,
    },
  })
}
