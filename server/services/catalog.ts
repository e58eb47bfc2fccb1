import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { Db } from '../db/client'
import { procedures, procedureVersions, products } from '../db/schema'
import { DEFAULT_LANGUAGE, negotiateLanguage } from '../domain/language'
import type { Procedure } from '../domain/procedure'
import { applyTranslation, type TranslationTexts } from '../domain/translation'
import { currentTranslations } from './translations'

export type ProcedureSummary = {
  id: string
  title: string
  symptom: string
  difficulty: Procedure['difficulty']
  minutes: number
  tools: string[]
  parts: string[]
  steps: number
  version: number
  /** The language of these texts (BCP 47): an up-to-date translation's, or the source's. */
  language: string
}

type ProductRow = typeof products.$inferSelect

function summarize(
  id: string,
  version: number,
  source: Procedure,
  preferences: string[],
  translations: Map<string, TranslationTexts> | undefined,
): ProcedureSummary {
  const sourceLanguage = source.language ?? DEFAULT_LANGUAGE
  const language =
    negotiateLanguage(preferences, [sourceLanguage, ...(translations?.keys() ?? [])]) ??
    sourceLanguage
  const texts = translations?.get(language)
  const content = texts ? applyTranslation(source, texts) : source
  return {
    id,
    title: content.title,
    symptom: content.symptom,
    difficulty: content.difficulty,
    minutes: content.minutes,
    tools: content.tools,
    parts: content.parts,
    steps: content.steps.length,
    version,
    language: texts ? language : sourceLanguage,
  }
}

/** Published, non-archived procedures of the given products, latest version each. */
async function publishedSummaries(db: Db, productIds: string[], preferences: string[]) {
  if (productIds.length === 0) return new Map<string, ProcedureSummary[]>()
  const rows = await db
    .select({
      id: procedures.id,
      productId: procedures.productId,
      version: procedureVersions.version,
      content: procedureVersions.content,
    })
    .from(procedures)
    .innerJoin(
      procedureVersions,
      and(
        eq(procedureVersions.procedureId, procedures.id),
        eq(procedureVersions.version, procedures.latestVersion),
      ),
    )
    .where(
      and(
        inArray(procedures.productId, productIds),
        eq(procedures.status, 'active'),
        isNotNull(procedures.latestVersion),
      ),
    )
    .orderBy(asc(procedures.id))
  const translated =
    preferences.length > 0
      ? await currentTranslations(
          db,
          rows.map((r) => r.id),
        )
      : new Map<string, Map<string, TranslationTexts>>()
  const byProduct = new Map<string, ProcedureSummary[]>()
  for (const r of rows) {
    const list = byProduct.get(r.productId) ?? []
    list.push(summarize(r.id, r.version, r.content as Procedure, preferences, translated.get(r.id)))
    byProduct.set(r.productId, list)
  }
  return byProduct
}

function productView(p: ProductRow, procs: ProcedureSummary[]) {
  return {
    id: p.id,
    name: p.name,
    brand: p.brand,
    modelNumber: p.modelNumber,
    description: p.description,
    codes: p.codes,
    parts: p.parts,
    /** The QR label's pose in the model (`LabelPoseSchema`), null when the product declares none. */
    label: p.label ?? null,
    modelUrl: p.modelUrl,
    procedures: procs,
  }
}

export type ProductView = ReturnType<typeof productView>

/** Every product; procedure summaries in the best of `preferences` each offers (see `summarize`). */
export async function listProducts(db: Db, preferences: string[] = []): Promise<ProductView[]> {
  const rows = await db.select().from(products).orderBy(asc(products.name))
  const procs = await publishedSummaries(
    db,
    rows.map((r) => r.id),
    preferences,
  )
  return rows.map((p) => productView(p, procs.get(p.id) ?? []))
}

export async function getProduct(
  db: Db,
  id: string,
  preferences: string[] = [],
): Promise<ProductView | null> {
  const [row] = await db.select().from(products).where(eq(products.id, id)).limit(1)
  if (!row) return null
  const procs = await publishedSummaries(db, [id], preferences)
  return productView(row, procs.get(id) ?? [])
}

export async function codeCandidates(db: Db) {
  const rows = await db
    .select({ productId: products.id, codes: products.codes, codePrefixes: products.codePrefixes })
    .from(products)
  return rows
}

export type PublishedVersion = {
  procedure: Procedure
  version: number
  contentHash: string
  publishedAt: Date
  changeNote: string
}

/** A published version; `version` omitted means the latest one customers get. */
export async function getPublished(
  db: Db,
  id: string,
  version?: number,
): Promise<PublishedVersion | null> {
  const [row] = await db
    .select({
      content: procedureVersions.content,
      version: procedureVersions.version,
      contentHash: procedureVersions.contentHash,
      publishedAt: procedureVersions.publishedAt,
      changeNote: procedureVersions.changeNote,
      status: procedures.status,
    })
    .from(procedures)
    .innerJoin(procedureVersions, eq(procedureVersions.procedureId, procedures.id))
    .where(
      and(
        eq(procedures.id, id),
        version === undefined
          ? eq(procedureVersions.version, procedures.latestVersion)
          : eq(procedureVersions.version, version),
      ),
    )
    .limit(1)
  if (!row) return null
  if (version === undefined && row.status === 'archived') return null
  return {
    procedure: row.content as Procedure,
    version: row.version,
    contentHash: row.contentHash,
    publishedAt: row.publishedAt,
    changeNote: row.changeNote,
  }
}

/**
 * The wire shape of a published version (`PublishedProcedureSchema`): the procedure document plus
 * its version facts and the language its texts are in (`language`, a translation's when given).
 */
export function publishedView(p: PublishedVersion, language?: string) {
  const sourceLanguage = p.procedure.language ?? DEFAULT_LANGUAGE
  return {
    ...p.procedure,
    language: language ?? sourceLanguage,
    sourceLanguage,
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    changeNote: p.changeNote,
  }
}
