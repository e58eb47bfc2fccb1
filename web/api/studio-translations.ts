import type { TranslationTexts } from '../../server/domain/translation'
import {
  TranslationDeletedSchema,
  type TranslationDetail,
  TranslationDetailSchema,
  type TranslationList,
  TranslationListSchema,
  type TranslationSaved,
  TranslationSavedSchema,
} from '../../server/domain/translation-api'
import { parsed } from './api-error'
import { client } from './client'

const translations = client.api.studio.procedures[':id'].translations

/** A procedure's translations with their status (current, stale, draft) and untranslated counts. */
export function listTranslations(id: string): Promise<TranslationList> {
  return parsed(TranslationListSchema, translations.$get({ param: { id } }))
}

/** One translation beside the texts it translates (`exists: false` for a new language). */
export function getTranslation(id: string, lang: string): Promise<TranslationDetail> {
  return parsed(
    TranslationDetailSchema,
    translations[':lang'].$get({ param: { id, lang }, query: {} }),
  )
}

/**
 * Saves a translation made from `sourceVersion` (null: the draft); ApiError 409 `source_changed`
 * when a newer version was published meanwhile, 422 `invalid_translation` with fields.
 */
export function saveTranslation(
  id: string,
  lang: string,
  texts: TranslationTexts,
  sourceVersion: number | null,
): Promise<TranslationSaved> {
  return parsed(
    TranslationSavedSchema,
    translations[':lang'].$put({ param: { id, lang }, json: { texts, sourceVersion } }),
  )
}

export function deleteTranslation(id: string, lang: string) {
  return parsed(TranslationDeletedSchema, translations[':lang'].$delete({ param: { id, lang } }))
}

export type { TranslationDetail, TranslationList }
