import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { ProcedureAnalyticsSchema } from '../domain/analytics'
import { IdSchema, type Procedure } from '../domain/procedure'
import { fail } from '../errors'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import { analyticsCsv, procedureAnalytics } from '../services/analytics'
import { languageBreakdown } from '../services/analytics-languages'
import { getStudioProcedure, getVersionContent } from '../services/studio'
import { validate } from '../validate'

const IdParam = z.object({ id: IdSchema })

/** Outcome figures and the step funnel of one procedure, as JSON or CSV. */
export const studioAnalyticsRoutes = new Hono<AppEnv>().use('*', studioAccess).get(
  '/:id/analytics',
  doc('analytics', 'Outcomes and the step funnel of one procedure', {
    200: {
      ...json(
        ProcedureAnalyticsSchema,
        'The figures as JSON, or with format=csv the same figures as a CSV file (text/csv)',
      ),
      also: 'text/csv',
    },
  }),
  validate('param', IdParam),
  validate(
    'query',
    z.object({
      version: z.coerce.number().int().min(1).optional(),
      from: z.iso.date().optional(),
      to: z.iso.date().optional(),
      format: z.enum(['json', 'csv']).default('json'),
    }),
  ),
  async (c) => {
    const db = c.var.deps.db
    const { id } = c.req.valid('param')
    const q = c.req.valid('query')
    const p = await getStudioProcedure(db, id)
    if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
    const query = { procedureId: id, version: q.version, from: q.from, to: q.to }
    const [figures, languages] = await Promise.all([
      procedureAnalytics(db, query),
      languageBreakdown(db, query),
    ])
    const v = q.version ?? p.latestVersion
    const content = v ? ((await getVersionContent(db, id, v)) as Procedure | null) : null
    const steps = (content?.steps ?? []).map((s) => ({ id: s.id, title: s.title }))
    if (q.format === 'csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8')
      c.header('Content-Disposition', `attachment; filename="${id}-analytics.csv"`)
      return c.body(analyticsCsv(figures, steps, languages), 200)
    }
    return c.json({ procedureId: id, version: q.version ?? null, steps, figures, languages }, 200)
  },
)
