import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { errorBody } from '../errors'
import { doc, json } from '../openapi/describe'

const LiveSchema = z.object({ ok: z.literal(true) })
const ReadySchema = LiveSchema.extend({ database: z.enum(['postgres', 'pglite']) })

export const healthRoutes = new Hono<AppEnv>()
  .get('/health', doc('health', 'Liveness', { 200: json(LiveSchema) }), (c) =>
    c.json({ ok: true as const }, 200),
  )
  .get(
    '/ready',
    doc('health', 'Readiness: the database answers', { 200: json(ReadySchema) }),
    async (c) => {
      try {
        await c.var.deps.db.execute(sql`select 1`)
        return c.json({ ok: true as const, database: c.var.deps.database.kind }, 200)
      } catch {
        return c.json(errorBody('database_unavailable', 'The database is not reachable.'), 503)
      }
    },
  )
