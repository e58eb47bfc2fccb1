import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm'
import type { Db } from '../db/client'
import { procedures, procedureVersions, products } from '../db/schema'
import type { Procedure } from '../domain/procedure'

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
}

type ProductRow = typeof products.$inferSelect

function summarize(id: string, version: number, content: Procedure): ProcedureSummary {
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
  }
}

/** Published, non-archived procedures of the given products, latest version each. */
async function publishedSummaries(db: Db, productIds: string[]) {
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
  const byProduct = new Map<string, ProcedureSummary[]>()
  for (const r of rows) {
    const list = byProduct.get(r.productId) ?? []
    list.push(summarize(r.id, r.version, r.content as Procedure))
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

export async function listProducts(db: Db): Promise<ProductView[]> {
  const rows = await db.select().from(products).orderBy(asc(products.name))
  const procs = await publishedSummaries(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((p) => productView(p, procs.get(p.id) ?? []))
}

export async function getProduct(db: Db, id: string): Promise<ProductView | null> {
  const [row] = await db.select().from(products).where(eq(products.id, id)).limit(1)
  if (!row) return null
  const procs = await publishedSummaries(db, [id])
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

/** The wire shape of a published version: the procedure document plus its version facts. */
export function publishedView(p: PublishedVersion) {
  return {
    ...p.procedure,
    version: p.version,
    publishedAt: p.publishedAt.toISOString(),
    changeNote: p.changeNote,
  }
}
