/**
 * Items with a key by position. Bullets and answers have no id of their own, and their inputs are
 * controlled, so a row's identity is its position: removing one shifts the values, not the focus.
 */
export function positional<T>(items: readonly T[], prefix: string): { item: T; key: string }[] {
  return items.map((item, n) => ({ item, key: `${prefix}-${n}` }))
}
