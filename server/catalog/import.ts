import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { and, desc, eq } from 'drizzle-orm'
import type { Db } from '../db/client'
import { procedures, procedureVersions, products } from '../db/schema'
import { ProcedureFileSchema } from '../domain/procedure'
import { ProductFileSchema } from '../domain/product'
import { type ProcedureTranslation, translationProblems } from '../domain/translation'
import { getTranslation, saveTranslation } from '../services/translations'
import { type EventsEnv, emitProcedurePublished } from '../webhooks/events'

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')

/** JSON with sorted keys, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

export type ImportReport = {
  products: { id: string; changed: boolean }[]
  published: { procedureId: string; version: number }[]
  problems: string[]
}

/**
 * Publishes a new version when the content differs from the latest one; never rewrites a published
 * version. Returns the new version number, or null when nothing changed.
 */
export async function publishIfChanged(
  db: Db,
  procedureId: string,
  content: unknown,
  changeNote: string,
  events?: EventsEnv,
) {
  const hash = sha256(canonicalJson(content))
  return db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ version: procedureVersions.version, hash: procedureVersions.contentHash })
      .from(procedureVersions)
      .where(eq(procedureVersions.procedureId, procedureId))
      .orderBy(desc(procedureVersions.version))
      .limit(1)
    if (latest?.hash === hash) return null
    const version = (latest?.version ?? 0) + 1
    const inserted = await tx
      .insert(procedureVersions)
      .values({ procedureId, version, content, contentHash: hash, changeNote })
      .onConflictDoNothing()
      .returning({ version: procedureVersions.version })
    if (inserted.length === 0) return null
    await tx
      .update(procedures)
      .set({ latestVersion: version, updatedAt: new Date() })
      .where(and(eq(procedures.id, procedureId)))
    if (events) await emitProcedurePublished(tx, events, procedureId, version)
    return version
  })
}

async function importProduct(db: Db, dir: string, folder: string, report: ImportReport) {
  const productPath = join(dir, folder, 'product.json')
  if (!existsSync(productPath)) return
  const raw = await readFile(productPath, 'utf8')
  let parsedJson: unknown
  try {
    parsedJson = JSON.parse(raw)
  } catch (e) {
    report.problems.push(`models/${folder}/product.json: not valid JSON (${(e as Error).message})`)
    return
  }
  const parsed = ProductFileSchema.safeParse(parsedJson)
  if (!parsed.success) {
    for (const i of parsed.error.issues)
      report.problems.push(`models/${folder}/product.json: ${i.path.join('.')}: ${i.message}`)
    return
  }
  const p = parsed.data
  if (p.id !== folder) {
    report.problems.push(`models/${folder}/product.json: id "${p.id}" must match its folder name`)
    return
  }
  const glbPath = join(dir, folder, 'model.glb')
  const glbHash = existsSync(glbPath) ? sha256(await readFile(glbPath)) : null
  const sourceHash = sha256(canonicalJson(p) + (glbHash ?? ''))
  const modelUrl = glbHash ? `/models/${p.id}/model.glb?v=${glbHash.slice(0, 12)}` : null
  const [existing] = await db
    .select({ sourceHash: products.sourceHash })
    .from(products)
    .where(eq(products.id, p.id))
    .limit(1)
  const changed = existing?.sourceHash !== sourceHash
  if (changed) {
    const values = {
      name: p.name,
      brand: p.brand,
      modelNumber: p.modelNumber,
      description: p.description,
      codes: p.codes,
      codePrefixes: p.codePrefixes,
      parts: p.parts,
      label: p.label ?? null,
      modelUrl,
      sourceHash,
      updatedAt: new Date(),
    }
    await db
      .insert(products)
      .values({ id: p.id, ...values })
      .onConflictDoUpdate({ target: products.id, set: values })
  }
  report.products.push({ id: p.id, changed })

  const procDir = join(dir, folder, 'procedures')
  if (!existsSync(procDir)) return
  for (const file of (await readdir(procDir)).filter((f) => f.endsWith('.json')).sort()) {
    const where = `models/${folder}/procedures/${file}`
    let json: unknown
    try {
      json = JSON.parse(await readFile(join(procDir, file), 'utf8'))
    } catch (e) {
      report.problems.push(`${where}: not valid JSON (${(e as Error).message})`)
      continue
    }
    const parsedFile = ProcedureFileSchema.safeParse(json)
    if (!parsedFile.success) {
      for (const i of parsedFile.error.issues)
        report.problems.push(`${where}: ${i.path.join('.')}: ${i.message}`)
      continue
    }
    // The translations live beside the versions, not in them.
    const { translations = [], ...content } = parsedFile.data
    const proc = { data: content }
    if (proc.data.productId !== p.id) {
      report.problems.push(`${where}: productId "${proc.data.productId}" must be "${p.id}"`)
      continue
    }
    const [owner] = await db
      .select({ productId: procedures.productId, sourceHash: procedures.sourceHash })
      .from(procedures)
      .where(eq(procedures.id, proc.data.id))
      .limit(1)
    if (owner && owner.productId !== p.id) {
      report.problems.push(
        `${where}: procedure id "${proc.data.id}" already belongs to ${owner.productId}`,
      )
      continue
    }
    if (!owner)
      await db
        .insert(procedures)
        .values({ id: proc.data.id, productId: p.id })
        .onConflictDoNothing()
    // Only a changed file publishes: edits made in the studio since the last import stay.
    const fileHash = sha256(canonicalJson(proc.data))
    if (owner?.sourceHash !== fileHash) {
      const version = await publishIfChanged(db, proc.data.id, proc.data, `Imported from ${where}`)
      await db
        .update(procedures)
        .set({ sourceHash: fileHash })
        .where(eq(procedures.id, proc.data.id))
      if (version) report.published.push({ procedureId: proc.data.id, version })
    }
    await importTranslations(db, where, proc.data, fileHash, translations, report)
  }
}

/**
 * The catalog file's translations, each pinned to the version whose content is the file's (they
 * were written from it): a later studio publish makes them stale, as it should. A translation
 * unchanged since its last import is left alone, so studio edits to it stay.
 */
async function importTranslations(
  db: Db,
  where: string,
  proc: Parameters<typeof translationProblems>[0],
  fileHash: string,
  translations: ProcedureTranslation[],
  report: ImportReport,
) {
  if (translations.length === 0) return
  const [made] = await db
    .select({ version: procedureVersions.version })
    .from(procedureVersions)
    .where(
      and(eq(procedureVersions.procedureId, proc.id), eq(procedureVersions.contentHash, fileHash)),
    )
    .orderBy(desc(procedureVersions.version))
    .limit(1)
  for (const t of translations) {
    const problems = translationProblems(proc, t.texts)
    if (problems.length > 0) {
      for (const x of problems)
        report.problems.push(`${where}: translations ${t.language}: ${x.key}: ${x.message}`)
      continue
    }
    const hash = sha256(canonicalJson(t.texts) + fileHash)
    const existing = await getTranslation(db, proc.id, t.language)
    if (existing?.sourceHash === hash) continue
    await saveTranslation(db, {
      procedureId: proc.id,
      language: t.language,
      sourceVersion: made?.version ?? null,
      draftRevision: null,
      texts: t.texts,
      sourceHash: hash,
    })
  }
}

/** Imports `models/` idempotently: unchanged files change nothing, changed ones publish anew. */
export async function importCatalog(db: Db, dir: string): Promise<ImportReport> {
  const report: ImportReport = { products: [], published: [], problems: [] }
  if (!existsSync(dir)) return report
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
  for (const folder of folders) await importProduct(db, dir, folder, report)
  return report
}
