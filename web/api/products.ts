import { contentLanguage } from '../i18n/content-language'
import { client, ok } from './client'

/** Procedure summaries come in the customer's content language (see `contentLanguage`). */
const language = () => ({ headers: { 'Accept-Language': contentLanguage() } })

import { reuseRecent } from './reuse-recent'

/** Every product with its published procedures summarized. */
export async function listProducts() {
  const { products } = await ok(client.api.products.$get(undefined, language()))
  return products
}

/**
 * The product as the server sends it. Its `label` pose is parsed with `LabelPoseSchema` where it
 * is used (the AR guide, see `parseLabel`), so zod stays out of every page's first download.
 */
async function fetchProduct(id: string) {
  const { product } = await ok(client.api.products[':id'].$get({ param: { id } }, language()))
  return product
}

const productRead = reuseRecent(fetchProduct, (id) => `${id} ${contentLanguage()}`)

/**
 * One product with its parts, model URL, label pose (null when it declares none) and procedures; ApiError 404 `product_not_found` if
 * unknown. `maxAgeMs`: this tab's own request from at most that long ago will do (see
 * `reuseRecent`), as when the guide opens from the product page.
 */
export function getProduct(id: string, options: { maxAgeMs?: number } = {}) {
  return productRead(options.maxAgeMs, id)
}

export type ProductSummary = Awaited<ReturnType<typeof listProducts>>[number]
export type Product = Awaited<ReturnType<typeof getProduct>>
export type ProcedureSummary = Product['procedures'][number]
