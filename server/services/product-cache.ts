import type { Db } from '../db/client'
import { getProduct, type ProductView } from './catalog'

/** How long a product is trusted before asking the database again. */
const TTL_MS = 2000
const MAX_PRODUCTS = 5000

/**
 * Products as customers read them, kept for two seconds: every printed QR's deep link and every
 * scan reads one, and a product changes only when an author edits it. An edit on this instance
 * clears the cache at once (see app.ts); other instances show it within the two seconds, as they
 * do a newly published procedure (published-cache.ts). Concurrent misses share one query.
 */
export class ProductCache {
  private entries = new Map<string, { view: Promise<ProductView | null>; until: number }>()

  constructor(private readonly db: Db) {}

  /**
   * The product with its procedure summaries in the best of `preferences` (BCP 47 tags, best
   * first); kept per product and preference list, since the summaries' texts differ by language.
   */
  get(id: string, preferences: string[] = [], now = Date.now()): Promise<ProductView | null> {
    const key = `${id}|${preferences.join(',')}`
    const hit = this.entries.get(key)
    if (hit && hit.until > now) return hit.view
    const view = getProduct(this.db, id, preferences)
    this.entries.set(key, { view, until: now + TTL_MS })
    // A failed read is not kept.
    view.catch(() => this.entries.delete(key))
    if (this.entries.size > MAX_PRODUCTS) this.entries.clear()
    return view
  }

  clear() {
    this.entries.clear()
  }
}

const caches = new WeakMap<Db, ProductCache>()

/** The cache for this database (tests run several databases in one process). */
export function productCache(db: Db): ProductCache {
  let cache = caches.get(db)
  if (!cache) {
    cache = new ProductCache(db)
    caches.set(db, cache)
  }
  return cache
}
