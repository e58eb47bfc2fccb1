import { Hono } from 'hono'
import { z } from 'zod'
import { publishIfChanged } from '../catalog/import'
import type { AppEnv } from '../context'
import { diffProcedures } from '../domain/diff'
import { IdSchema, type Procedure, ProcedureSchema } from '../domain/procedure'
import {
  DraftSavedSchema,
  ProcedureArchivedSchema,
  ProcedureCreatedSchema,
  StudioProcedureListSchema,
  StudioProcedureSchema,
  StudioVersionSchema,
  VersionDiffSchema,
  VersionPublishedSchema,
} from '../domain/studio-api'
import { fail, fieldErrors } from '../errors'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import { publishedCache } from '../services/published-cache'
import { forgetUnusedMedia } from '../services/step-media'
import {
  createProcedure,
  getStudioProcedure,
  getVersionContent,
  listStudioProcedures,
  productExists,
  saveDraft,
  setArchived,
} from '../services/studio'
import { pinDraftTranslations } from '../services/translations'
import { validate } from '../validate'

const IdParam = z.object({ id: IdSchema })
const VersionParam = z.object({ id: IdSchema, version: z.coerce.number().int().min(1) })
/** Drafts may be incomplete while authors work; publishing is where the full schema applies. */
const DraftSchema = z.record(z.string(), z.unknown())

/** Authoring: drafts with optimistic concurrency, publishing immutable versions, history, analytics. */
export const studioProcedureRoutes = new Hono<AppEnv>()
  .use('*', studioAccess)
  .get(
    '/',
    doc('studio', 'Procedures with draft and versions', {
      200: json(StudioProcedureListSchema),
    }),
    validate('query', z.object({ productId: IdSchema.optional() })),
    async (c) =>
      c.json(
        { procedures: await listStudioProcedures(c.var.deps.db, c.req.valid('query').productId) },
        200,
      ),
  )
  .post(
    '/',
    doc('studio', 'Create a procedure from a draft', {
      201: json(ProcedureCreatedSchema),
    }),
    validate('json', z.object({ draft: DraftSchema })),
    async (c) => {
      const { draft } = c.req.valid('json')
      const meta = z.object({ id: IdSchema, productId: IdSchema }).safeParse(draft)
      if (!meta.success)
        return fail(
          c,
          400,
          'invalid_request',
          'A new procedure needs an id and a productId.',
          fieldErrors(meta.error),
        )
      if (!(await productExists(c.var.deps.db, meta.data.productId)))
        return fail(c, 404, 'product_not_found', 'No product with this id.', {
          productId: ['unknown product'],
        })
      if (!(await createProcedure(c.var.deps.db, meta.data.id, meta.data.productId, draft)))
        return fail(c, 409, 'procedure_exists', 'A procedure with this id already exists.', {
          id: ['taken'],
        })
      return c.json({ id: meta.data.id, revision: 1 }, 201)
    },
  )
  .get(
    '/:id',
    doc('studio', 'One procedure with its draft', { 200: json(StudioProcedureSchema) }),
    validate('param', IdParam),
    async (c) => {
      const p = await getStudioProcedure(c.var.deps.db, c.req.valid('param').id)
      if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      return c.json(
        {
          id: p.id,
          productId: p.productId,
          status: p.status,
          draft: p.draft as Record<string, unknown> | null,
          revision: p.draftRevision,
          latestVersion: p.latestVersion,
          versions: p.versions.map((v) => ({ ...v, publishedAt: v.publishedAt.toISOString() })),
        },
        200,
      )
    },
  )
  .put(
    '/:id/draft',
    doc('studio', 'Save the draft (409 on a stale base revision)', {
      200: json(DraftSavedSchema),
    }),
    validate('param', IdParam),
    validate('json', z.object({ draft: DraftSchema, baseRevision: z.number().int().min(0) })),
    async (c) => {
      const { id } = c.req.valid('param')
      const { draft, baseRevision } = c.req.valid('json')
      const revision = await saveDraft(c.var.deps.db, id, draft, baseRevision)
      if (revision === null) {
        const current = await getStudioProcedure(c.var.deps.db, id)
        if (!current) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
        return fail(
          c,
          409,
          'stale_draft',
          `Someone else saved this draft (now revision ${current.draftRevision}). Reload it to see their changes; yours are not lost until you do.`,
        )
      }
      return c.json({ revision }, 200)
    },
  )
  .post(
    '/:id/publish',
    doc('studio', 'Publish the draft as a new immutable version', {
      201: json(VersionPublishedSchema),
    }),
    validate('param', IdParam),
    validate(
      'json',
      z.object({ changeNote: z.string().min(1).max(500), baseRevision: z.number().int().min(0) }),
    ),
    async (c) => {
      const db = c.var.deps.db
      const { id } = c.req.valid('param')
      const { changeNote, baseRevision } = c.req.valid('json')
      const p = await getStudioProcedure(db, id)
      if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      if (p.draftRevision !== baseRevision)
        return fail(
          c,
          409,
          'stale_draft',
          'The draft changed since you opened it. Reload before publishing.',
        )
      const parsed = ProcedureSchema.safeParse(p.draft)
      if (!parsed.success)
        return fail(
          c,
          422,
          'invalid_procedure',
          'The draft is not ready to publish.',
          fieldErrors(parsed.error),
        )
      if (parsed.data.id !== id || parsed.data.productId !== p.productId)
        return fail(c, 422, 'invalid_procedure', 'The draft’s id and product must not change.', {
          id: ['must stay'],
        })
      const version = await publishIfChanged(db, id, parsed.data, changeNote, c.var.deps.env)
      // Translations made from this very draft were made from the version it became.
      if (version !== null) await pinDraftTranslations(db, id, p.draftRevision, version)
      publishedCache(db).forget(id)
      // Uploads the author removed long ago go now that a version no longer needs them.
      if (version !== null) await forgetUnusedMedia(db, id)
      if (version === null)
        return fail(c, 409, 'no_changes', 'Nothing changed since the last published version.')
      return c.json({ version }, 201)
    },
  )
  .get(
    '/:id/versions/:version',
    doc('studio', 'One version, published or archived', {
      200: json(StudioVersionSchema),
    }),
    validate('param', VersionParam),
    async (c) => {
      const { id, version } = c.req.valid('param')
      const content = await getVersionContent(c.var.deps.db, id, version)
      if (!content) return fail(c, 404, 'version_not_found', 'No such version.')
      return c.json({ version, procedure: content as Procedure }, 200)
    },
  )
  .get(
    '/:id/diff',
    doc('studio', 'What changed between two versions', { 200: json(VersionDiffSchema) }),
    validate('param', IdParam),
    validate(
      'query',
      z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
    ),
    async (c) => {
      const { id } = c.req.valid('param')
      const { from, to } = c.req.valid('query')
      const [a, b] = await Promise.all([
        getVersionContent(c.var.deps.db, id, from),
        getVersionContent(c.var.deps.db, id, to),
      ])
      if (!a || !b) return fail(c, 404, 'version_not_found', 'No such version.')
      return c.json({ from, to, diff: diffProcedures(a as Procedure, b as Procedure) }, 200)
    },
  )
  .post(
    '/:id/archive',
    doc('studio', 'Archive a procedure', { 200: json(ProcedureArchivedSchema) }),
    validate('param', IdParam),
    async (c) => {
      const row = await setArchived(c.var.deps.db, c.req.valid('param').id, true)
      publishedCache(c.var.deps.db).forget(c.req.valid('param').id)
      if (!row) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      return c.json(row, 200)
    },
  )
  .post(
    '/:id/unarchive',
    doc('studio', 'Bring an archived procedure back', {
      200: json(ProcedureArchivedSchema),
    }),
    validate('param', IdParam),
    async (c) => {
      const row = await setArchived(c.var.deps.db, c.req.valid('param').id, false)
      publishedCache(c.var.deps.db).forget(c.req.valid('param').id)
      if (!row) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      return c.json(row, 200)
    },
  )
