import { and, asc, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '../db/client'
import { procedures, procedureVersions, products } from '../db/schema'

export async function listStudioProcedures(db: Db, productId?: string) {
  return db
    .select({
      id: procedures.id,
      productId: procedures.productId,
      status: procedures.status,
      latestVersion: procedures.latestVersion,
      draftRevision: procedures.draftRevision,
      hasDraft: sql<boolean>`${procedures.draft} is not null`,
      title: sql<string>`coalesce(${procedures.draft}->>'title', (select v.content->>'title' from procedure_versions v where v.procedure_id = ${procedures.id} and v.version = ${procedures.latestVersion}))`,
      updatedAt: procedures.updatedAt,
    })
    .from(procedures)
    .where(productId ? eq(procedures.productId, productId) : undefined)
    .orderBy(asc(procedures.id))
}

export async function getStudioProcedure(db: Db, id: string) {
  const [p] = await db.select().from(procedures).where(eq(procedures.id, id)).limit(1)
  if (!p) return null
  const versions = await db
    .select({
      version: procedureVersions.version,
      status: procedureVersions.status,
      changeNote: procedureVersions.changeNote,
      publishedAt: procedureVersions.publishedAt,
    })
    .from(procedureVersions)
    .where(eq(procedureVersions.procedureId, id))
    .orderBy(desc(procedureVersions.version))
  return { ...p, versions }
}

export async function getVersionContent(db: Db, id: string, version: number) {
  const [row] = await db
    .select({ content: procedureVersions.content })
    .from(procedureVersions)
    .where(and(eq(procedureVersions.procedureId, id), eq(procedureVersions.version, version)))
  return row?.content ?? null
}

/**
 * Saves a draft only if nobody saved since `baseRevision` (optimistic concurrency): returns the new
 * revision, or null when the base is stale.
 */
export async function saveDraft(db: Db, id: string, draft: unknown, baseRevision: number) {
  const [row] = await db
    .update(procedures)
    .set({ draft, draftRevision: baseRevision + 1, updatedAt: new Date() })
    .where(and(eq(procedures.id, id), eq(procedures.draftRevision, baseRevision)))
    .returning({ revision: procedures.draftRevision })
  return row?.revision ?? null
}

export async function createProcedure(db: Db, id: string, productId: string, draft: unknown) {
  const rows = await db
    .insert(procedures)
    .values({ id, productId, draft, draftRevision: 1 })
    .onConflictDoNothing()
    .returning({ id: procedures.id })
  return rows.length > 0
}

export async function setArchived(db: Db, id: string, archived: boolean) {
  const [row] = await db
    .update(procedures)
    .set({ status: archived ? 'archived' : 'active', updatedAt: new Date() })
    .where(eq(procedures.id, id))
    .returning({ id: procedures.id, status: procedures.status })
  return row ?? null
}

export async function productExists(db: Db, id: string) {
  const [row] = await db.select({ id: products.id }).from(products).where(eq(products.id, id))
  return Boolean(row)
}
