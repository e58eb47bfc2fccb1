/** Whether a product matches what was typed: every word must appear in its name, brand or model. */
export function matchesQuery(
  product: { name: string; brand: string; modelNumber: string },
  query: string,
): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = `${product.name} ${product.brand} ${product.modelNumber}`.toLowerCase()
  return words.every((w) => haystack.includes(w))
}
