import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { IdSchema } from '../domain/procedure'
import { LANG_PARAMETER, PublishedProcedureSchema } from '../domain/published'
import { fail } from '../errors'
import { doc, json, NOT_MODIFIED } from '../openapi/describe'
import { type CachedVersion, encodedBody, publishedCache } from '../services/published-cache'
import { validate } from '../validate'
import { contentPreferences } from './content-language'

const LANGUAGE_NOTE =
  'In the language negotiated from `?lang=` or `Accept-Language` among the source language and the translations made from this very version (BCP 47 lookup, then the same primary language); the source language when none matches. `language` and `sourceLanguage` name both; a stale translation is never served.'
const answer = (what: string) => json(PublishedProcedureSchema, what)

export const procedureRoutes = new Hono<AppEnv>()
  .get(
    '/:id',
    doc(
      'catalog',
      'Latest published version of a procedure, in the customer’s language',
      { 200: answer('The procedure'), 304: NOT_MODIFIED },
      { description: LANGUAGE_NOTE, parameters: [LANG_PARAMETER] },
    ),
    validate('param', z.object({ id: IdSchema })),
    async (c) => {
      const preferences = contentPreferences(c, c.req.query('lang'))
      const cache = publishedCache(c.var.deps.db)
      const latest = await cache.latest(c.req.valid('param').id)
      if (!latest)
        return fail(c, 404, 'procedure_not_found', 'No published procedure with this id.')
      const found = await cache.localized(latest, preferences)
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
    doc(
      'catalog',
      'One published version; immutable in its source language',
      { 200: answer('That version'), 304: NOT_MODIFIED },
      { description: LANGUAGE_NOTE, parameters: [LANG_PARAMETER] },
    ),
    validate(
      'param',
      z.object({ id: IdSchema, version: z.coerce.number().int().min(1).max(1_000_000) }),
    ),
    async (c) => {
      const { id, version } = c.req.valid('param')
      const preferences = contentPreferences(c, c.req.query('lang'))
      const cache = publishedCache(c.var.deps.db)
      const source = await cache.version(id, version)
      if (!source)
        return fail(c, 404, 'version_not_found', 'This procedure has no such published version.')
      const found = await cache.localized(source, preferences)
      // Published versions never change, so they cache forever; a translation of one may still
      // be added or corrected, so a request that names a language revalidates by ETag.
      return cachedResponse(
        found,
        c.req.header('accept-encoding') ?? '',
        c.req.header('if-none-match'),
        preferences.length === 0 ? IMMUTABLE : 'no-cache',
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
      vary: 'Accept-Encoding, Accept-Language',
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
