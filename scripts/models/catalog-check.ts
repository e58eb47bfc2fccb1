/**
 * Checks the product catalog in `models/`: every GLB passes the Khronos validator, every product and
 * procedure file passes its schema, everything a procedure points at exists, and a declared label
 * pose matches the QR symbol on the model's `label` node. Each problem names
 * its file and, where there is one, the path inside it.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { z } from 'zod'
import { type Procedure, ProcedureBase, procedureProblems } from '../../server/domain/procedure'
import { type ProductFile, ProductFileSchema } from '../../server/domain/product'
import { ProcedureTranslationSchema, translationProblems } from '../../server/domain/translation'
import { validateGlb } from '../../server/models/validate'
import { labelProblems } from './label-check'

const ProcedureFileBase = ProcedureBase.extend({
  translations: z.array(ProcedureTranslationSchema).optional(),
})

export type Problem = { file: string; path?: string; message: string }

export type ProductSummary = {
  id: string
  nodes: number
  procedures: number
  steps: number
  glbBytes: number
  warnings: number
}

export type CatalogReport = { products: ProductSummary[]; problems: Problem[] }

/** The largest GLB the sample catalog may ship; phones download it before the first step. */
export const MAX_GLB_BYTES = 1024 * 1024

export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`
}

function zodProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }))
}

async function readJson(file: string, label: string, problems: Problem[]): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    problems.push({ file: label, message: error instanceof Error ? error.message : String(error) })
    return undefined
  }
}

/**
 * What the schema cannot know: a procedure against its product folder, the GLB's node names and
 * the product's named parts.
 */
export function procedureReferenceProblems(
  file: string,
  procedure: Procedure,
  context: { folder: string; fileId: string; nodeNames: Set<string>; partNodes: Set<string> },
): Problem[] {
  const problems: Problem[] = []
  if (procedure.productId !== context.folder)
    problems.push({
      file,
      path: 'productId',
      message: `is "${procedure.productId}" but the folder is "${context.folder}"`,
    })
  if (procedure.id !== context.fileId)
    problems.push({
      file,
      path: 'id',
      message: `is "${procedure.id}" but the file is "${context.fileId}.json"`,
    })
  procedure.steps.forEach((step, i) => {
    const node = step.target.node
    if (!context.nodeNames.has(node))
      problems.push({
        file,
        path: `steps.${i}.target.node`,
        message: `no node "${node}" in model.glb`,
      })
    else if (!context.partNodes.has(node))
      problems.push({
        file,
        path: `steps.${i}.target.node`,
        message: `"${node}" is not listed in product.json parts`,
      })
  })
  return problems
}

/** Checks one product folder; `label` is how its files are named in problems (`models/<id>`). */
export async function checkProduct(
  dir: string,
  label: string,
  folder: string,
): Promise<{ summary?: ProductSummary; problems: Problem[] }> {
  const problems: Problem[] = []
  let glb: Uint8Array
  try {
    glb = new Uint8Array(await readFile(join(dir, 'model.glb')))
  } catch {
    return { problems: [{ file: `${label}/model.glb`, message: 'missing' }] }
  }
  const validation = await validateGlb(glb, { maxIssues: 0 })
  for (const e of validation.errors)
    problems.push({
      file: `${label}/model.glb`,
      path: e.pointer,
      message: `${e.code}: ${e.message}`,
    })
  if (glb.byteLength > MAX_GLB_BYTES)
    problems.push({
      file: `${label}/model.glb`,
      message: `${glb.byteLength} bytes, over the 1 MiB limit`,
    })
  const nodeNames = new Set(validation.nodeNames)

  const productLabel = `${label}/product.json`
  const productJson = await readJson(join(dir, 'product.json'), productLabel, problems)
  let product: ProductFile | undefined
  if (productJson !== undefined) {
    const parsed = ProductFileSchema.safeParse(productJson)
    if (parsed.success) product = parsed.data
    else problems.push(...zodProblems(productLabel, parsed.error))
  }
  if (product && product.id !== folder)
    problems.push({
      file: productLabel,
      path: 'id',
      message: `is "${product.id}" but the folder is "${folder}"`,
    })
  product?.parts.forEach((part, i) => {
    if (!nodeNames.has(part.node))
      problems.push({
        file: productLabel,
        path: `parts.${i}.node`,
        message: `no node "${part.node}" in model.glb`,
      })
  })
  if (product?.label) {
    // The declared label against the symbol drawn on the model: what AR alignment relies on.
    const doc = await new NodeIO().readBinary(glb).catch(() => undefined)
    if (doc)
      for (const p of labelProblems(doc, product.label)) problems.push({ file: productLabel, ...p })
  }
  const partNodes = new Set(product?.parts.map((p) => p.node))

  const files = (await readdir(join(dir, 'procedures')).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.json'))
    .sort()
  if (files.length === 0) problems.push({ file: `${label}/procedures`, message: 'no procedures' })
  let steps = 0
  for (const name of files) {
    const file = `${label}/procedures/${name}`
    const json = await readJson(join(dir, 'procedures', name), file, problems)
    if (json === undefined) continue
    // The shape first, then the cross-step links and the model references together, so one run
    // reports a dangling goto and a dangling node alike.
    const parsed = ProcedureFileBase.safeParse(json)
    if (!parsed.success) {
      problems.push(...zodProblems(file, parsed.error))
      continue
    }
    steps += parsed.data.steps.length
    const fileId = name.replace(/\.json$/, '')
    for (const p of procedureProblems(parsed.data))
      problems.push({ file, path: p.path.join('.'), message: p.message })
    problems.push(
      ...procedureReferenceProblems(file, parsed.data, { folder, fileId, nodeNames, partNodes }),
    )
    // Every translated text names a text of this procedure and fits its field.
    parsed.data.translations?.forEach((tr, i) => {
      for (const x of translationProblems(parsed.data, tr.texts))
        problems.push({ file, path: `translations.${i}.texts.${x.key}`, message: x.message })
    })
  }
  const summary: ProductSummary = {
    id: folder,
    nodes: nodeNames.size,
    procedures: files.length,
    steps,
    glbBytes: glb.byteLength,
    warnings: validation.warnings.length,
  }
  return { summary, problems }
}

/** Checks every product folder under `modelsDir`, in name order. */
export async function checkCatalog(modelsDir: string, label = 'models'): Promise<CatalogReport> {
  const entries = await readdir(modelsDir, { withFileTypes: true })
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const report: CatalogReport = { products: [], problems: [] }
  for (const folder of folders) {
    const { summary, problems } = await checkProduct(
      join(modelsDir, folder),
      `${label}/${folder}`,
      folder,
    )
    if (summary) report.products.push(summary)
    report.problems.push(...problems)
  }
  if (folders.length === 0) report.problems.push({ file: label, message: 'no products' })
  return report
}

export function formatSummary(s: ProductSummary): string {
  const kib = (s.glbBytes / 1024).toFixed(1)
  return `${s.id}: model.glb ${kib} KiB, ${s.nodes} nodes, ${s.procedures} procedures, ${s.steps} steps, ${s.warnings} validator warnings`
}
