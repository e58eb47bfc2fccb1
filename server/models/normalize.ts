import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { dedup, meshopt, prune } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'

let io: Promise<NodeIO> | null = null

function getIO() {
  io ??= (async () => {
    await Promise.all([MeshoptDecoder.ready, MeshoptEncoder.ready])
    return new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
      'meshopt.decoder': MeshoptDecoder,
      'meshopt.encoder': MeshoptEncoder,
    })
  })()
  return io
}

export type Normalized = { bytes: Uint8Array; meshopt: boolean }

/**
 * Prunes unused data and merges duplicates, then tries meshopt compression and keeps it only when
 * it makes the file at least 10% smaller (small models often grow from the extension overhead).
 */
export async function normalizeGlb(input: Uint8Array): Promise<Normalized> {
  const nodeIO = await getIO()
  const doc = await nodeIO.readBinary(input)
  await doc.transform(prune({ keepLeaves: true }), dedup())
  const plain = await nodeIO.writeBinary(doc)
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }))
  const packed = await nodeIO.writeBinary(doc)
  if (packed.byteLength <= plain.byteLength * 0.9) return { bytes: packed, meshopt: true }
  return { bytes: plain, meshopt: false }
}
