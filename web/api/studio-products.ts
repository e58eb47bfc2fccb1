import type { z } from 'zod'
import type { ProductFileSchema } from '../../server/domain/product'
import { client, ok } from './client'

export type NewProduct = z.input<typeof ProductFileSchema>
export type ProductPatch = Partial<Omit<NewProduct, 'id'>>

/** Every product as authors edit it (with code prefixes and the model URL). */
export async function listStudioProducts() {
  const { products } = await ok(client.api.studio.products.$get())
  return products
}

export async function getStudioProduct(id: string) {
  const { product } = await ok(client.api.studio.products[':id'].$get({ param: { id } }))
  return product
}

/** Creates a product; ApiError 409 `product_exists` when the id is taken. */
export async function createStudioProduct(json: NewProduct) {
  const { product } = await ok(client.api.studio.products.$post({ json }))
  return product
}

export async function updateStudioProduct(id: string, json: ProductPatch) {
  const { product } = await ok(client.api.studio.products[':id'].$patch({ param: { id }, json }))
  return product
}

/** Points the product at an uploaded model (see `uploadModel`). */
export async function setProductModel(id: string, hash: string) {
  const { product } = await ok(
    client.api.studio.products[':id'].model.$put({ param: { id }, json: { hash } }),
  )
  return product
}

export type StudioProduct = Awaited<ReturnType<typeof getStudioProduct>>
