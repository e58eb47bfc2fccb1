import { createHash } from 'node:crypto'
import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { Db } from '../db/client'
import { procedures, procedureTranslations } from '../db/schema'
import { DEFAULT_LANGUAGE } from '../domain/language'
import type { Procedure } from '../domain/procedure'
import type { TranslationTexts } from '../domain/translation'

export type TranslationRow = typeof procedureTranslations.$inferSelect

/** The language a procedure's own texts are in. */
export const sourceLanguageOf = (p: Pick<Procedure, 'language'>) => p.language ?? DEFAULT_LANGUAGE

/** A short hash of translated texts, for ETags and cache keys. */
export const textsHash = (texts: TranslationTexts) =>
  createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16)

export async function listTranslations(db: Db, procedureId: string): Promise<TranslationRow[]> {
  return db
    .select()
    .from(procedureTranslations)
    .where(eq(procedureTranslations.procedureId, procedureId))
    .orderBy(procedureTranslations.language)
}

export async function getTranslation(db: Db, procedureId: string, language: string) {
  const [row] = await db
    .select()
    .from(procedureTranslations)
    .where(
      and(
        eq(procedureTranslations.procedureId, procedureId),
        eq(procedureTranslations.language, language),
      ),
    )
  return row ?? null
}

export type SaveTranslation = {
  procedureId: string
  language: string
  sourceVersion: number | null
  draftRevision: number | null
  texts: TranslationTexts
  updatedBy?: string | null
  sourceHash?: string | null
}

/** Creates or replaces the translation into `language`, pinned as given. */
export async function saveTranslation(db: Db, t: SaveTranslation): Promise<TranslationRow> {
  const values = {
    sourceVersion: t.sourceVersion,
    draftRevision: t.sourceVersion === null ? t.draftRevision : null,
    texts: t.texts,
    updatedBy: t.updatedBy ?? null,
    updatedAt: new Date(),
    // A studio save keeps the hash of the catalog file last imported (see importCatalog).
    ...(t.sourceHash !== undefined ? { sourceHash: t.sourceHash } : {}),
  }
  const [row] = await db
    .insert(procedureTranslations)
    .values({ procedureId: t.procedureId, language: t.language, ...values })
    .onConflictDoUpdate({
      target: [procedureTranslations.procedureId, procedureTranslations.language],
      set: values,
    })
    .returning()
  if (!row) throw new Error('translation upsert returned nothing')
  return row
}

export async function deleteTranslation(db: Db, procedureId: string, language: string) {
  const rows = await db
    .delete(procedureTranslations)
    .where(
      and(
        eq(procedureTranslations.procedureId, procedureId),
        eq(procedureTranslations.language, language),
      ),
    )
    .returning({ language: procedureTranslations.language })
  return rows.length > 0
}

/**
 * After publishing draft revision `revision` as `version`: translations made from exactly that
 * draft were made from this version, so they are pinned to it.
 */
export async function pinDraftTranslations(
  db: Db,
  procedureId: string,
  revision: number,
  version: number,
) {
  await db
    .update(procedureTranslations)
    .set({ sourceVersion: version, draftRevision: null })
    .where(
      and(
        eq(procedureTranslations.procedureId, procedureId),
        isNull(procedureTranslations.sourceVersion),
        eq(procedureTranslations.draftRevision, revision),
      ),
    )
}

/**
 * Up-to-date translations of these procedures: those pinned to the latest published version.
 * By procedure id, then language.
 */
export async function currentTranslations(
  db: Db,
  procedureIds: string[],
): Promise<Map<string, Map<string, TranslationTexts>>> {
  const out = new Map<string, Map<string, TranslationTexts>>()
  if (procedureIds.length === 0) return out
  const rows = await db
    .select({
      procedureId: procedureTranslations.procedureId,
      language: procedureTranslations.language,
      texts: procedureTranslations.texts,
    })
    .from(procedureTranslations)
    .innerJoin(
      procedures,
      and(
        eq(procedures.id, procedureTranslations.procedureId),
        eq(procedures.latestVersion, procedureTranslations.sourceVersion),
      ),
    )
    .where(inArray(procedureTranslations.procedureId, procedureIds))
  for (const r of rows) {
    const m = out.get(r.procedureId) ?? new Map<string, TranslationTexts>()
    m.set(r.language, r.texts)
    out.set(r.procedureId, m)
  }
  return out
}

/** Translations of one procedure pinned to `version`, by language. */
export async function translationsOfVersion(db: Db, procedureId: string, version: number) {
  const rows = await db
    .select({ language: procedureTranslations.language, texts: procedureTranslations.texts })
    .from(procedureTranslations)
    .where(
      and(
        eq(procedureTranslations.procedureId, procedureId),
        eq(procedureTranslations.sourceVersion, version),
      ),
    )
  return new Map(rows.map((r) => [r.language, r.texts]))
}
