import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { LanguageTagSchema, sameLanguage } from '../domain/language'
import { IdSchema, type Procedure, ProcedureBase } from '../domain/procedure'
import {
  compactTexts,
  missingFields,
  TranslationTextsSchema,
  translatableFields,
  translationProblems,
} from '../domain/translation'
import {
  TranslationDeletedSchema,
  TranslationDetailSchema,
  TranslationListSchema,
  TranslationSavedSchema,
} from '../domain/translation-api'
import { fail } from '../errors'
import { studioAccess } from '../middleware/staff-or-token'
import { doc, json } from '../openapi/describe'
import { publishedCache } from '../services/published-cache'
import { getStudioProcedure, getVersionContent } from '../services/studio'
import {
  deleteTranslation,
  getTranslation,
  listTranslations,
  saveTranslation,
  sourceLanguageOf,
  type TranslationRow,
} from '../services/translations'
import { validate } from '../validate'

const IdParam = z.object({ id: IdSchema })
const LangParam = z.object({ id: IdSchema, lang: LanguageTagSchema })
const SourceQuery = z.object({
  source: z
    .enum(['latest', 'draft'])
    .optional()
    .describe('Translate the latest published version (default) or the draft'),
})

type Studio = NonNullable<Awaited<ReturnType<typeof getStudioProcedure>>>

/** The text to translate: the latest published version, or the draft (when asked, or no version). */
async function sourceOf(c: { var: AppEnv['Variables'] }, p: Studio, which?: 'latest' | 'draft') {
  if (which !== 'draft' && p.latestVersion) {
    const content = await getVersionContent(c.var.deps.db, p.id, p.latestVersion)
    return { version: p.latestVersion, procedure: content as Procedure }
  }
  const parsed = ProcedureBase.safeParse(p.draft)
  return parsed.success ? { version: null, procedure: parsed.data } : null
}

/** Where a translation stands: made from the latest version, an older one, or the draft. */
function status(row: TranslationRow, latest: number | null) {
  if (row.sourceVersion === null) return 'draft' as const
  return row.sourceVersion === latest ? ('current' as const) : ('stale' as const)
}

/**
 * `/api/studio/procedures/:id/translations`: the procedure's texts in other languages, each pinned
 * to the version it was made from. Authors and admins.
 */
export const studioTranslationRoutes = new Hono<AppEnv>()
  .use('*', studioAccess)
  .get(
    '/:id/translations',
    doc('studio', 'Translations with their status (current, stale, draft) and missing fields', {
      200: json(TranslationListSchema),
    }),
    validate('param', IdParam),
    async (c) => {
      const db = c.var.deps.db
      const p = await getStudioProcedure(db, c.req.valid('param').id)
      if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      const rows = await listTranslations(db, p.id)
      const latest = await sourceOf(c, p)
      const versions = new Map<number, Procedure>()
      const contentOf = async (v: number | null) => {
        if (v === null) return ProcedureBase.safeParse(p.draft).data ?? null
        if (!versions.has(v)) versions.set(v, (await getVersionContent(db, p.id, v)) as Procedure)
        return versions.get(v) ?? null
      }
      const translations = []
      for (const row of rows) {
        const made = await contentOf(row.sourceVersion)
        translations.push({
          language: row.language,
          sourceVersion: row.sourceVersion,
          status: status(row, p.latestVersion),
          missing: made ? missingFields(made, row.texts).length : null,
          fields: made ? translatableFields(made).length : null,
          updatedAt: row.updatedAt.toISOString(),
        })
      }
      return c.json(
        {
          id: p.id,
          sourceLanguage: latest ? sourceLanguageOf(latest.procedure) : 'en',
          latestVersion: p.latestVersion,
          translations,
        },
        200,
      )
    },
  )
  .get(
    '/:id/translations/:lang',
    doc('studio', 'One translation beside its source texts (exists: false when new)', {
      200: json(TranslationDetailSchema),
    }),
    validate('param', LangParam),
    validate('query', SourceQuery),
    async (c) => {
      const db = c.var.deps.db
      const { id, lang } = c.req.valid('param')
      const p = await getStudioProcedure(db, id)
      if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      const source = await sourceOf(c, p, c.req.valid('query').source)
      if (!source)
        return fail(
          c,
          409,
          'nothing_to_translate',
          'Publish the procedure or complete its draft first.',
        )
      const row = await getTranslation(db, id, lang)
      const pinned =
        row?.sourceVersion && row.sourceVersion !== source.version
          ? ((await getVersionContent(db, id, row.sourceVersion)) as Procedure | null)
          : null
      return c.json(
        {
          id,
          language: lang,
          sourceLanguage: sourceLanguageOf(source.procedure),
          exists: row !== null,
          latestVersion: p.latestVersion,
          sourceVersion: row?.sourceVersion ?? null,
          status: row ? status(row, p.latestVersion) : null,
          texts: row?.texts ?? {},
          source,
          pinned:
            pinned && row?.sourceVersion ? { version: row.sourceVersion, procedure: pinned } : null,
        },
        200,
      )
    },
  )
  .put(
    '/:id/translations/:lang',
    doc('studio', 'Save a translation, pinned to the version it was made from', {
      200: json(TranslationSavedSchema),
    }),
    validate('param', LangParam),
    validate(
      'json',
      z.object({
        texts: TranslationTextsSchema,
        sourceVersion: z
          .number()
          .int()
          .min(1)
          .nullable()
          .describe('The version translated (the latest); null for the draft'),
      }),
    ),
    async (c) => {
      const db = c.var.deps.db
      const { id, lang } = c.req.valid('param')
      const body = c.req.valid('json')
      const p = await getStudioProcedure(db, id)
      if (!p) return fail(c, 404, 'procedure_not_found', 'No procedure with this id.')
      const source = await sourceOf(c, p, body.sourceVersion === null ? 'draft' : 'latest')
      if (!source)
        return fail(
          c,
          409,
          'nothing_to_translate',
          'Publish the procedure or complete its draft first.',
        )
      if (body.sourceVersion !== null && body.sourceVersion !== p.latestVersion)
        return fail(
          c,
          409,
          'source_changed',
          `Version ${p.latestVersion} was published since you opened version ${body.sourceVersion}. Reload to translate the new texts; yours are not lost until you do.`,
        )
      if (sameLanguage(lang, sourceLanguageOf(source.procedure)))
        return fail(c, 400, 'same_as_source', `The procedure is already written in ${lang}.`, {
          lang: ['must differ from the source language'],
        })
      const texts = compactTexts(body.texts)
      const problems = translationProblems(source.procedure, texts)
      if (problems.length > 0)
        return fail(
          c,
          422,
          'invalid_translation',
          `${problems.length} text(s) do not fit this version of the procedure.`,
          Object.fromEntries(problems.map((x) => [`texts.${x.key}`, [x.message]])),
        )
      const row = await saveTranslation(db, {
        procedureId: id,
        language: lang,
        sourceVersion: source.version,
        draftRevision: p.draftRevision,
        texts,
        updatedBy: c.var.user?.id ?? null,
      })
      publishedCache(db).forget(id)
      return c.json(
        {
          language: row.language,
          sourceVersion: row.sourceVersion,
          status: status(row, p.latestVersion),
          missing: missingFields(source.procedure, texts).length,
          updatedAt: row.updatedAt.toISOString(),
        },
        200,
      )
    },
  )
  .delete(
    '/:id/translations/:lang',
    doc('studio', 'Delete a translation', { 200: json(TranslationDeletedSchema) }),
    validate('param', LangParam),
    async (c) => {
      const { id, lang } = c.req.valid('param')
      if (!(await deleteTranslation(c.var.deps.db, id, lang)))
        return fail(c, 404, 'translation_not_found', `This procedure has no ${lang} translation.`)
      publishedCache(c.var.deps.db).forget(id)
      return c.json({ deleted: true }, 200)
    },
  )
