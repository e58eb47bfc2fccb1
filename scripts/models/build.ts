/**
 * Writes `models/<id>/model.glb` for every product in the sample catalog. Deterministic: the same
 * sources give the same bytes, so the GLBs can be committed and diffed.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { MODELS } from './catalog'
import { writeModelGlb } from './gltf-writer'

const root = join(import.meta.dirname, '..', '..', 'models')

for (const model of MODELS) {
  const spec = model()
  const bytes = await writeModelGlb(spec)
  const dir = join(root, spec.id)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'model.glb'), bytes)
  console.log(`models/${spec.id}/model.glb  ${(bytes.length / 1024).toFixed(1)} KiB`)
}
