import { Hono } from 'hono'
import type { AppEnv } from '../context'
import { ExportParamSchema, ExportQuerySchema, ExportRowSchema } from '../domain/analytics-export'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, ndjson } from '../openapi/describe'
import { log } from '../ops/log'
import { exportChunks } from '../services/analytics-export'
import { validate } from '../validate'

const TYPES = { csv: 'text/csv; charset=utf-8', ndjson: 'application/x-ndjson; charset=utf-8' }

/**
 * `/api/studio/analytics/export/:table`: sessions, events or escalations for BI, as CSV or NDJSON,
 * one table per file. Streamed a batch at a time as the client reads, so a large table never sits
 * in memory whole. Authors, admins, or an API token with `read:analytics`.
 */
export const studioExportRoutes = new Hono<AppEnv>().use('*', studioAccess).get(
  '/export/:table',
  doc(
    'analytics',
    'Export sessions, events or escalations (CSV or NDJSON)',
    {
      200: {
        ...ndjson(ExportRowSchema, 'One row per line (format=ndjson), or CSV with a header'),
        also: 'text/csv',
      },
    },
    {
      description:
        'Tidy tables: one row per session, event or escalation. CSV cells that start with = + - @ are prefixed with an apostrophe, so spreadsheets do not run them as formulas.',
      security: [{ staffCookie: [] }, { bearer: [] }],
    },
  ),
  validate('param', ExportParamSchema),
  validate('query', ExportQuerySchema),
  (c) => {
    const { table } = c.req.valid('param')
    const q = c.req.valid('query')
    const chunks = exportChunks(c.var.deps.db, table, q)
    const encoder = new TextEncoder()
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next()
          if (next.done) controller.close()
          else controller.enqueue(encoder.encode(next.value))
        } catch (err) {
          log.error({ err }, `export of ${table} failed`)
          controller.error(err)
        }
      },
      async cancel() {
        await chunks.return(undefined)
      },
    })
    const day = new Date().toISOString().slice(0, 10)
    const name = `fixpoint-${table}${q.procedureId ? `-${q.procedureId}` : ''}-${day}.${q.format}`
    return c.body(body, 200, {
      'Content-Type': TYPES[q.format],
      'Content-Disposition': `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'no-store',
    })
  },
)
