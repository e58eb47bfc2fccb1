import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { fail } from '../errors'
import { doc, media, NOT_MODIFIED } from '../openapi/describe'
import { mediaFileBytes, mediaFileInfo } from '../services/step-media'
import { validate } from '../validate'

const FileParam = z.object({
  id: z.uuid(),
  file: z
    .string()
    .regex(/^(\d{1,5}\.(avif|webp|jpg)|poster\.jpg|video\.(mp4|webm))$/, 'not a media file name'),
})

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` against a file of `size` bytes; null when unsatisfiable. */
function parseRange(header: string, size: number): { start: number; end: number } | null {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!m || (m[1] === '' && m[2] === '')) return null
  let start: number
  let end: number
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]))
    end = size - 1
  } else {
    start = Number(m[1])
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1)
  }
  return start <= end && start < size ? { start, end } : null
}

/**
 * A step's photos and videos, for anyone: published procedures are public, and an upload's id is a
 * random UUID. Files never change (a new upload is a new id), so they cache forever. Videos answer
 * range requests (Safari plays nothing without them), read by the database a range at a time.
 */
export const mediaRoutes = new Hono<AppEnv>().get(
  '/:id/:file',
  doc('catalog', "A step's photo (one width and format), video or poster", {
    200: media(
      ['image/avif', 'image/webp', 'image/jpeg', 'video/mp4', 'video/webm'],
      'The file',
      true,
    ),
    206: media(['video/mp4', 'video/webm'], 'A range of a video', true),
    304: NOT_MODIFIED,
  }),
  validate('param', FileParam),
  async (c) => {
    const { db } = c.var.deps
    const { id, file } = c.req.valid('param')
    const info = await mediaFileInfo(db, id, file)
    if (!info) return fail(c, 404, 'media_not_found', 'No such media file.')
    const etag = `"${id}-${file}"`
    c.header('ETag', etag)
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
    c.header('Accept-Ranges', 'bytes')
    c.header('Content-Type', info.type)
    if (c.req.header('if-none-match') === etag) return c.body(null, 304)
    const rangeHeader = c.req.header('range')
    if (rangeHeader) {
      const range = parseRange(rangeHeader, info.size)
      if (!range) {
        c.header('Content-Range', `bytes */${info.size}`)
        return fail(c, 416, 'range_not_satisfiable', `The file is ${info.size} bytes long.`)
      }
      const length = range.end - range.start + 1
      const bytes = await mediaFileBytes(db, id, file, range.start, length)
      if (!bytes) return fail(c, 404, 'media_not_found', 'No such media file.')
      c.header('Content-Range', `bytes ${range.start}-${range.end}/${info.size}`)
      c.header('Content-Length', String(bytes.byteLength))
      return c.body(bytes, 206)
    }
    const bytes = await mediaFileBytes(db, id, file, 0, info.size)
    if (!bytes) return fail(c, 404, 'media_not_found', 'No such media file.')
    c.header('Content-Length', String(bytes.byteLength))
    return c.body(bytes, 200)
  },
)
