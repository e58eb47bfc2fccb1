import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { IdSchema } from '../domain/procedure'
import { fail } from '../errors'
import { publishedCache } from '../services/published-cache'
import { validate } from '../validate'

export const procedureRoutes = new Hono<AppEnv>()
  .get('/:id', validate('param', z.object({ id: IdSchema })), async (c) => {
    const found = await publishedCache(c.var.deps.db).latest(c.req.valid('param').id)
    if (!found) return fail(c, 404, 'procedure_not_found', 'No published procedure with this id.')
    // The latest version moves on publish: revalidate every time, cheaply, by ETag.
    c.header('ETag', found.etag)
    c.header('Cache-Control', 'no-cache')
    if (c.req.header('if-none-match') === found.etag) return c.body(null, 304)
    return c.json(found.view, 200)
  })
  .get(
    '/:id/versions/:version',
    validate(
      'param',
      z.object({ id: IdSchema, version: z.coerce.number().int().min(1).max(1_000_000) }),
    ),
    async (c) => {
      const { id, version } = c.req.valid('param')
      const found = await publishedCache(c.var.deps.db).version(id, version)
      if (!found)
        return fail(c, 404, 'version_not_found', 'This procedure has no such published version.')
      // Published versions never change, so they cache forever.
      c.header('ETag', found.etag)
      c.header('Cache-Control', 'public, max-age=31536000, immutable')
      if (c.req.header('if-none-match') === found.etag) return c.body(null, 304)
      c.header('Content-Type', 'application/json')
      return c.body(found.body, 200)
    },
  )
