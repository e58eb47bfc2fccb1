import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { IdSchema } from '../domain/procedure'
import { fail } from '../errors'
import { anyJson, doc, NOT_MODIFIED } from '../openapi/describe'
import { type CachedVersion, encodedBody, publishedCache } from '../services/published-cache'
import { validate } from '../validate'

export const procedureRoutes = new Hono<AppEnv>()
  .get(
    '/:id',
    doc('catalog', 'Latest published version of a procedure', {
      200: anyJson(),
      304: NOT_MODIFIED,
    }),
    validate('param', z.object({ id: IdSchema })),
    async (c) => {
      const found = await publishedCache(c.var.deps.db).latest(c.req.valid('param').id)
      if (!found) return fail(c, 404, 'procedure_not_found', 'No published procedure with this id.')
      // The latest version moves on publish: revalidate every time, cheaply, by ETag.
      return cachedResponse(
        found,
        c.req.header('accept-encoding') ?? '',
        c.req.header('if-none-match'),
        'no-cache',
      )
    },
  )
  .get(
    '/:id/versions/:version',
    doc('catalog', 'One published version; immutable', { 200: anyJson(), 304: NOT_MODIFIED }),
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
      return cachedResponse(
        found,
        c.req.header('accept-encoding') ?? '',
        c.req.header('if-none-match'),
        IMMUTABLE,
      )
    },
  )

/**
 * A cached version's serialized body, compressed once per encoding and kept; each encoding has its
 * own ETag (a suffix on the content hash) and any of them revalidates. The headers are a plain
 * object made once per version and encoding: the Node adapter writes such a response without
 * building a Headers object, which is most of what a request costs on this hot path.
 */
export function cachedResponse(
  found: CachedVersion,
  acceptEncoding: string,
  ifNoneMatch: string | undefined,
  cacheControl: string,
): Response {
  const { body, encoding } = encodedBody(found, acceptEncoding)
  const key = `${encoding}|${cacheControl}`
  let headers = found.headers.get(key)
  if (!headers) {
    headers = {
      etag: encoding ? `${found.etag.slice(0, -1)}.${encoding}"` : found.etag,
      'cache-control': cacheControl,
      vary: 'Accept-Encoding',
      'content-type': 'application/json',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    }
    found.headers.set(key, headers)
  }
  if (ifNoneMatch?.split(',').some((t) => t.trim().replace(/\.(br|gzip)"$/, '"') === found.etag)) {
    const { 'content-type': _type, 'content-encoding': _enc, ...rest } = headers
    return new Response(null, { status: 304, headers: rest })
  }
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers })
}

const IMMUTABLE = 'public, max-age=31536000, immutable'
