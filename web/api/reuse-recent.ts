/**
 * Wraps a read so that a caller may take this tab's own request for the same key from at most
 * `maxAgeMs` ago, answered or still on its way, instead of sending another: on a slow phone
 * network each round trip is felt. Without `maxAgeMs` it always asks again (and is remembered).
 * A failed request is forgotten at once, so a retry asks again.
 */
export function reuseRecent<A extends unknown[], T>(
  read: (...args: A) => Promise<T>,
  keyOf: (...args: A) => string,
) {
  const recent = new Map<string, { at: number; result: Promise<T> }>()
  return (maxAgeMs: number | undefined, ...args: A): Promise<T> => {
    const key = keyOf(...args)
    const known = recent.get(key)
    if (known && maxAgeMs != null && performance.now() - known.at <= maxAgeMs) return known.result
    const entry = { at: performance.now(), result: read(...args) }
    recent.set(key, entry)
    entry.result.catch(() => {
      if (recent.get(key) === entry) recent.delete(key)
    })
    return entry.result
  }
}
