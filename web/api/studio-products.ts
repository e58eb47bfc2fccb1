import type { z } from 'zod'
import {
  type LabelPose,
  LabelPoseSchema,
  type ProductFileSchema,
} from '../../server/domain/product'
import { client, ok } from './client'

export type NewProduct = z.input<typeof ProductFileSchema>
/** Fields to change; `label: null` removes the label. */
export type ProductPatch = Partial<Omit<NewProduct, 'id' | 'label'>> & { label?: LabelPose | null }

const NullableLabel = LabelPoseSchema.nullable()

/** The product with its label parsed (it crossed the network as plain JSON). */
function parsed<P extends { label: unknown }>(
  product: P,
): Omit<P, 'label'> & { label: LabelPose | null } {
  return { ...product, label: NullableLabel.parse(product.label) }
}

/** Every product as authors edit it (with code prefixes and the model URL). */
export async function listStudioProducts() {
  const { products } = await ok(client.api.studio.products.$get())
  return products.map(parsed)
}

export async function getStudioProduct(id: string) {
  const { product } = await ok(client.api.studio.products[':id'].$get({ param: { id } }))
  return parsed(product)
}

/** Creates a product; ApiError 409 `product_exists` when the id is taken. */
export async function createStudioProduct(json: NewProduct) {
  const { product } = await ok(client.api.studio.products.$post({ json }))
  return parsed(product)
}

export async function updateStudioProduct(id: string, json: ProductPatch) {
  const { product } = await ok(client.api.studio.products[':id'].$patch({ param: { id }, json }))
  return parsed(product)
}

/** Points the product at an uploaded model (see `uploadModel`). */
export async function setProductModel(id: string, hash: string) {
  const { product } = await ok(
    client.api.studio.products[':id'].model.$put({ param: { id }, json: { hash } }),
  )
  return parsed(product)
}

export type StudioProduct = Awaited<ReturnType<typeof getStudioProduct>>
