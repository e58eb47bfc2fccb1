import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import type { AppEnv } from '../context'
import { errorBody } from '../errors'
import { anyJson, doc } from '../openapi/describe'

export const healthRoutes = new Hono<AppEnv>()
  .get('/health', doc('health', 'Liveness', { 200: anyJson('`{ ok: true }`') }), (c) =>
    c.json({ ok: true as const }, 200),
  )
  .get(
    '/ready',
    doc('health', 'Readiness: the database answers', { 200: anyJson('`{ ok: true, database }`') }),
    async (c) => {
      try {
        await c.var.deps.db.execute(sql`select 1`)
        return c.json({ ok: true as const, database: c.var.deps.database.kind }, 200)
      } catch {
        return c.json(errorBody('database_unavailable', 'The database is not reachable.'), 503)
      }
    },
  )
