import { Hono } from 'hono'
import { z } from 'zod'
import { hashToken, newToken } from '../auth/tokens'
import type { AppEnv } from '../context'
import { repairSessions } from '../db/schema'
import { EventBatchResultSchema } from '../domain/event-batch'
import {
  OutcomeRecordedSchema,
  SessionStartedSchema,
  SessionStateSchema,
} from '../domain/published'
import { EventBatchSchema, OutcomeBodySchema, StartSessionSchema } from '../domain/session'
import { fail } from '../errors'
import { rememberSession, requireSessionToken } from '../middleware/customer'
import { BEARER, doc, json } from '../openapi/describe'
import { publishedCache } from '../services/published-cache'
import { ingestEvents, recordOutcome, sessionState } from '../services/sessions'
import { validate } from '../validate'
import { contentPreferences } from './content-language'

const IdParam = z.object({ id: z.uuid() })

export const sessionRoutes = new Hono<AppEnv>()
  .post(
    '/',
    doc('sessions', 'Start a repair session', { 201: json(SessionStartedSchema) }),
    validate('json', StartSessionSchema),
    async (c) => {
      const { db, secret } = c.var.deps
      const body = c.req.valid('json')
      const preferences = contentPreferences(c, body.language)
      const latest = await publishedCache(db).latest(body.procedureId)
      const published = latest && (await publishedCache(db).localized(latest, preferences))
      if (!published)
        return fail(c, 404, 'procedure_not_found', 'No published procedure with this id.', {
          procedureId: ['unknown procedure'],
        })
      const token = newToken()
      const [row] = await db
        .insert(repairSessions)
        .values({
          tokenHash: hashToken(secret, token),
          productId: published.procedure.productId,
          procedureId: body.procedureId,
          version: published.version,
          mode: body.mode,
          serial: body.serial ?? null,
          language: published.view.language,
          currentStepId: published.procedure.steps[0]?.id ?? null,
        })
        .returning()
      if (!row) throw new Error('session insert returned nothing')
      // The guide reads it next with its token: the token check then needs no query.
      rememberSession(db, row)
      return c.json({ id: row.id, token, procedure: published.view }, 201)
    },
  )
  .get(
    '/:id',
    doc('sessions', 'State of a session (its token)', { 200: json(SessionStateSchema) }, BEARER),
    validate('param', IdParam),
    requireSessionToken,
    async (c) => {
      const { db } = c.var.deps
      // The cached session row may be stale in its changing parts (step, outcome): read it again.
      const state = await sessionState(db, c.var.session.id)
      const s = state?.session ?? c.var.session
      const escalation = state?.escalation ?? null
      // The language the session started in, while a translation of its version still exists.
      const source = await publishedCache(db).version(s.procedureId, s.version)
      const published =
        source && (await publishedCache(db).localized(source, s.language ? [s.language] : []))
      return c.json(
        {
          id: s.id,
          productId: s.productId,
          procedureId: s.procedureId,
          version: s.version,
          mode: s.mode,
          serial: s.serial,
          currentStepId: s.currentStepId,
          outcome: s.outcome,
          createdAt: s.createdAt.toISOString(),
          procedure: published ? published.view : null,
          escalation: escalation && {
            id: escalation.id,
            status: escalation.status,
            createdAt: escalation.createdAt.toISOString(),
          },
        },
        200,
      )
    },
  )
  .post(
    '/:id/events',
    doc(
      'sessions',
      'Record events; idempotent on event id',
      { 200: json(EventBatchResultSchema) },
      BEARER,
    ),
    validate('param', IdParam),
    requireSessionToken,
    // Each event is checked on its own in ingestEvents, storable text included.
    validate('json', EventBatchSchema, { storable: false }),
    async (c) => {
      const { db, database } = c.var.deps
      const lanes = database.kind === 'pglite' ? 1 : 4
      const result = await ingestEvents(db, c.var.session, c.req.valid('json').events, lanes)
      return c.json(result, 200)
    },
  )
  .post(
    '/:id/outcome',
    doc(
      'sessions',
      'Record whether the repair worked',
      {
        200: json(OutcomeRecordedSchema),
      },
      BEARER,
    ),
    validate('param', IdParam),
    requireSessionToken,
    validate('json', OutcomeBodySchema),
    async (c) => {
      const { outcome } = c.req.valid('json')
      const row = await recordOutcome(c.var.deps.db, c.var.session.id, outcome, c.var.deps.env)
      if (!row)
        return fail(
          c,
          409,
          'outcome_already_recorded',
          `This repair was already recorded as ${c.var.session.outcome}.`,
        )
      return c.json({ id: row.id, outcome: row.outcome }, 200)
    },
  )
