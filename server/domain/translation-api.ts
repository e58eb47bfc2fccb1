import { z } from 'zod'
import { LanguageTagSchema } from './language'
import { ProcedureBase } from './procedure'
import { TranslationTextsSchema } from './translation'

/**
 * The answers of the studio's translation routes (`/api/studio/procedures/:id/translations…`), as
 * the OpenAPI document describes them and the studio parses them.
 */
const Iso = z.iso.datetime({ offset: true })
const Version = z.number().int().min(1)
const Count = z.number().int().min(0)

/** Made from the latest version (`current`), an older one (`stale`), or the draft. */
export const TranslationStatusSchema = z.enum(['current', 'stale', 'draft'])

/** `GET /api/studio/procedures/:id/translations`. */
export const TranslationListSchema = z.object({
  id: z.string(),
  sourceLanguage: LanguageTagSchema,
  latestVersion: Version.nullable(),
  translations: z.array(
    z.object({
      language: LanguageTagSchema,
      sourceVersion: Version.nullable().describe('The version translated; null for the draft'),
      status: TranslationStatusSchema,
      missing: Count.nullable().describe('Texts not translated yet; null when the source is gone'),
      fields: Count.nullable().describe('Texts to translate in the source'),
      updatedAt: Iso,
    }),
  ),
})

/** A procedure's texts and the version they are (null: the draft). */
const SourceSchema = z.object({ version: Version.nullable(), procedure: ProcedureBase })

/** `GET /api/studio/procedures/:id/translations/:lang`: the translation beside its source. */
export const TranslationDetailSchema = z.object({
  id: z.string(),
  language: LanguageTagSchema,
  sourceLanguage: LanguageTagSchema,
  exists: z.boolean().describe('false: no translation into this language yet'),
  latestVersion: Version.nullable(),
  sourceVersion: Version.nullable(),
  status: TranslationStatusSchema.nullable(),
  texts: TranslationTextsSchema,
  source: SourceSchema.describe('What to translate: the latest version, or the draft'),
  pinned: z
    .object({ version: Version, procedure: ProcedureBase })
    .nullable()
    .describe('The older version the saved texts were made from, when it is not the source'),
})

/** `PUT /api/studio/procedures/:id/translations/:lang`. */
export const TranslationSavedSchema = z.object({
  language: LanguageTagSchema,
  sourceVersion: Version.nullable(),
  status: TranslationStatusSchema,
  missing: Count,
  updatedAt: Iso,
})

/** `DELETE /api/studio/procedures/:id/translations/:lang`. */
export const TranslationDeletedSchema = z.object({ deleted: z.literal(true) })

export type TranslationList = z.infer<typeof TranslationListSchema>
export type TranslationDetail = z.infer<typeof TranslationDetailSchema>
export type TranslationSaved = z.infer<typeof TranslationSavedSchema>
