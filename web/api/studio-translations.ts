import type { TranslationTexts } from '../../server/domain/translation'
import { client, ok } from './client'

/** A procedure's translations with their status (current, stale, draft) and untranslated counts. */
export async function listTranslations(id: string) {
  return ok(client.api.studio.procedures[':id'].translations.$get({ param: { id } }))
}

/** One translation beside the texts it translates (`exists: false` for a new language). */
export async function getTranslation(id: string, lang: string) {
  return ok(
    client.api.studio.procedures[':id'].translations[':lang'].$get({
      param: { id, lang },
      query: {},
    }),
  )
}

/**
 * Saves a translation made from `sourceVersion` (null: the draft); ApiError 409 `source_changed`
 * when a newer version was published meanwhile, 422 `invalid_translation` with fields.
 */
export async function saveTranslation(
  id: string,
  lang: string,
  texts: TranslationTexts,
  sourceVersion: number | null,
) {
  return ok(
    client.api.studio.procedures[':id'].translations[':lang'].$put({
      param: { id, lang },
      json: { texts, sourceVersion },
    }),
  )
}

export async function deleteTranslation(id: string, lang: string) {
  return ok(
    client.api.studio.procedures[':id'].translations[':lang'].$delete({ param: { id, lang } }),
  )
}

export type TranslationList = Awaited<ReturnType<typeof listTranslations>>
export type TranslationDetail = Awaited<ReturnType<typeof getTranslation>>
