import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { fail } from '../errors'
import { doc, media, NOT_MODIFIED } from '../openapi/describe'
import { validate } from '../validate'

/** Uploaded models by content hash: the name is the content, so they cache forever. */
export const blobRoutes = new Hono<AppEnv>().get(
  '/:file',
  doc('catalog', 'An uploaded model by content hash', {
    200: media('model/gltf-binary', 'The GLB', true),
    304: NOT_MODIFIED,
  }),
  validate(
    'param',
    z.object({ file: z.string().regex(/^[0-9a-f]{64}\.glb$/, 'not a model file name') }),
  ),
  async (c) => {
    const hash = c.req.valid('param').file.slice(0, 64)
    const { blobs } = c.var.deps
    if (!blobs.has(hash)) return fail(c, 404, 'model_not_found', 'No model with this hash.')
    const etag = `"${hash}"`
    c.header('ETag', etag)
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
    if (c.req.header('if-none-match') === etag) return c.body(null, 304)
    const { size } = await stat(blobs.path(hash))
    c.header('Content-Type', 'model/gltf-binary')
    c.header('Content-Length', String(size))
    return c.body(Readable.toWeb(createReadStream(blobs.path(hash))) as ReadableStream)
  },
)
