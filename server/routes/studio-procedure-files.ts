import { Hono } from 'hono'
import { z } from 'zod'
import { canonicalJson } from '../catalog/import'
import type { AppEnv } from '../context'
import { IdSchema, ProcedureFileSchema } from '../domain/procedure'
import { ProcedureExportSchema, ProcedureImportedSchema } from '../domain/studio-api'
import { translationProblems } from '../domain/translation'
import { fail, fieldErrors } from '../errors'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import {
  createProcedure,
  getStudioProcedure,
  getVersionContent,
  productExists,
  saveDraft,
} from '../services/studio'
import { listTranslations, saveTranslation } from '../services/translations'
import { validate } from '../validate'

const IdParam = z.object({ id: IdSchema })

/**
 * Procedure files (the open format, docs/procedure.schema.json): a version or the draft exported
 * with the translations made from it, and a file imported as the draft with its translations.
 */
export const studioProcedureFileRoutes = new Hono<AppEnv>()
  .use('*', studioAccess)
  .get(
    '/:id/export',
    doc('studio', 'A version (or the draft) as a procedure file', {
      200: json(
        ProcedureExportSchema,
        'A procedure file (a download: Content-Disposition attachment)',
      ),
    }),
    validate('param', IdParam),
    validate('query', z.object({ version: z.coerce.number().int().min(1).optional() })),
    async (c) => {
      const { id } = c.req.valid('param')
      const { version } = c.req.valid('query')
      const p = await getStudioProcedure(c.var.deps.db, id)
      if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      const v = version ?? p.latestVersion
      const content = v ? await getVersionContent(c.var.deps.db, id, v) : p.draft
      if (!content) return fail(c, 404, 'version_not_found', 'Nothing to export yet.')
      // The translations made from exactly this content travel with it.
      const translations = (await listTranslations(c.var.deps.db, id))
        .filter((t) =>
          v
            ? t.sourceVersion === v
            : t.sourceVersion === null && t.draftRevision === p.draftRevision,
        )
        .map((t) => ({ language: t.language, sourceVersion: t.sourceVersion, texts: t.texts }))
      const file = translations.length > 0 ? { ...(content as object), translations } : content
      c.header('Content-Disposition', `attachment; filename="${id}${v ? `.v${v}` : '.draft'}.json"`)
      c.header('Content-Type', 'application/json')
      return c.body(`${JSON.stringify(JSON.parse(canonicalJson(file)), null, 2)}\n`, 200)
    },
  )
  .post(
    '/import',
    doc('studio', 'Import a procedure file as a draft', {
      201: json(ProcedureImportedSchema, 'A new procedure, the file as its draft'),
      200: json(ProcedureImportedSchema, 'The existing procedure’s draft replaced by the file'),
    }),
    validate('json', z.object({ procedure: z.unknown() })),
    async (c) => {
      const db = c.var.deps.db
      const parsed = ProcedureFileSchema.safeParse(c.req.valid('json').procedure)
      if (!parsed.success)
        return fail(
          c,
          422,
          'invalid_procedure',
          'The file is not a valid Fixpoint procedure.',
          fieldErrors(parsed.error),
        )
      const { translations = [], ...proc } = parsed.data
      const bad = translations.flatMap((t, i) =>
        translationProblems(proc, t.texts).map((x) => [
          `translations.${i}.texts.${x.key}`,
          [x.message],
        ]),
      )
      if (bad.length > 0)
        return fail(
          c,
          422,
          'invalid_procedure',
          'A translation in the file does not fit its procedure.',
          Object.fromEntries(bad),
        )
      // Imported translations belong to the imported draft: publishing it pins them.
      const keep = async (revision: number) => {
        for (const t of translations)
          await saveTranslation(db, {
            procedureId: proc.id,
            language: t.language,
            sourceVersion: null,
            draftRevision: revision,
            texts: t.texts,
            updatedBy: c.var.user?.id ?? null,
          })
      }
      if (!(await productExists(db, proc.productId)))
        return fail(c, 422, 'invalid_procedure', `No product "${proc.productId}".`, {
          productId: ['unknown product'],
        })
      if (await createProcedure(db, proc.id, proc.productId, proc)) {
        await keep(1)
        return c.json({ id: proc.id, revision: 1, translations: translations.length }, 201)
      }
      const current = await getStudioProcedure(db, proc.id)
      if (!current || current.productId !== proc.productId)
        return fail(
          c,
          409,
          'procedure_exists',
          'A procedure with this id exists for another product.',
        )
      const revision = await saveDraft(db, proc.id, proc, current.draftRevision)
      if (revision === null)
        return fail(c, 409, 'stale_draft', 'The draft changed while importing. Try again.')
      await keep(revision)
      return c.json({ id: proc.id, revision, translations: translations.length }, 200)
    },
  )
