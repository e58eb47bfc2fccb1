import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'

const MODELS = join(import.meta.dirname, '..', '..', 'models')

/** The PNG on the base colour of the `label` node's material. */
async function labelTexture(productId: string): Promise<Uint8Array> {
  const bytes = await readFile(join(MODELS, productId, 'model.glb'))
  const doc = await new NodeIO().readBinary(new Uint8Array(bytes))
  const label = doc
    .getRoot()
    .listNodes()
    .find((n) => n.getName() === 'label')
  const image = label
    ?.getMesh()
    ?.listPrimitives()[0]
    ?.getMaterial()
    ?.getBaseColorTexture()
    ?.getImage()
  if (!image) throw new Error(`${productId}: no texture on the label node`)
  return image
}

describe('the label on each model', () => {
  for (const id of ['espresso-one', 'printwell-p200', 'wavelink-ax3000']) {
    it(`carries a QR code that reads as ${id}'s deep link`, async () => {
      const png = PNG.sync.read(Buffer.from(await labelTexture(id)))
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
      expect(code?.data).toBe(`https://fixpoint.example/p/${id}`)
    })
  }
})
