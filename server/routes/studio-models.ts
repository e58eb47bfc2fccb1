import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { AppEnv } from '../context'
import { ModelUploadedSchema } from '../domain/catalog-api'
import { errorBody, fail, withIssues } from '../errors'
import { requireRole } from '../middleware/staff'
import { doc, json } from '../openapi/describe'

/**
 * `POST /api/studio/models`: a GLB as the raw body (`Content-Type: model/gltf-binary`). Validated by
 * Khronos' validator, normalized, stored by content hash. Nothing is stored unless all of it passed.
 */
export const studioModelRoutes = new Hono<AppEnv>().post(
  '/',
  doc(
    'studio',
    'Upload a GLB: validated, normalized, stored by hash',
    { 201: json(ModelUploadedSchema) },
    { body: 'model/gltf-binary' },
  ),
  requireRole('author', 'admin'),
  async (c, next) => {
    const max = c.var.deps.env.MAX_UPLOAD_MB * 1024 * 1024
    return bodyLimit({
      maxSize: max,
      onError: (c) =>
        c.json(
          errorBody(
            'payload_too_large',
            `The model is larger than ${c.var.deps.env.MAX_UPLOAD_MB} MB.`,
          ),
          413,
        ),
    })(c, next)
  },
  async (c) => {
    const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
    if (type !== 'model/gltf-binary' && type !== 'application/octet-stream')
      return fail(
        c,
        415,
        'unsupported_media_type',
        'Upload a .glb file (Content-Type: model/gltf-binary).',
      )
    const input = new Uint8Array(await c.req.arrayBuffer())
    if (input.byteLength === 0) return fail(c, 400, 'empty_upload', 'The upload is empty.')
    // The validator and glTF-Transform load on the first upload: ~55 MB an instance that never
    // takes one (most of them) does not hold.
    const [{ validateGlb }, { normalizeGlb }] = await Promise.all([
      import('../models/validate'),
      import('../models/normalize'),
    ])
    const report = await validateGlb(input)
    if (report.errors.length > 0)
      return c.json(
        withIssues(
          errorBody(
            'invalid_model',
            `The model did not pass glTF validation (${report.errors.length} error${report.errors.length === 1 ? '' : 's'}).`,
          ),
          report.errors,
        ),
        422,
      )
    let normalized: Awaited<ReturnType<typeof normalizeGlb>>
    try {
      normalized = await normalizeGlb(input)
    } catch (e) {
      return c.json(
        withIssues(
          errorBody('invalid_model', `The model could not be processed: ${(e as Error).message}`),
          [],
        ),
        422,
      )
    }
    const hash = await c.var.deps.blobs.put(normalized.bytes)
    return c.json(
      {
        hash,
        url: `/api/blobs/${hash}.glb`,
        size: normalized.bytes.byteLength,
        originalSize: input.byteLength,
        meshopt: normalized.meshopt,
        nodeNames: report.nodeNames,
        warnings: report.warnings,
      },
      201,
    )
  },
)
