import { client, ok } from './client'

/** Every product with its published procedures summarized. */
export async function listProducts() {
  const { products } = await ok(client.api.products.$get())
  return products
}

/** One product with its parts, model URL and procedures; ApiError 404 `product_not_found` if unknown. */
export async function getProduct(id: string) {
  const { product } = await ok(client.api.products[':id'].$get({ param: { id } }))
  return product
}

export type ProductSummary = Awaited<ReturnType<typeof listProducts>>[number]
export type Product = Awaited<ReturnType<typeof getProduct>>
export type ProcedureSummary = Product['procedures'][number]
