import type { Db } from '../db/client'
import { type JsonText, jsonText } from '../json-text'
import { getProduct, type ProductView } from './catalog'

/** A product as its route answers it, serialized once per cached entry. */
export type ProductAnswer = JsonText<{ product: ProductView }>

type Entry = {
  view: Promise<ProductView | null>
  answer?: Promise<ProductAnswer | null>
  until: number
}

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
  private entries = new Map<string, Entry>()

  constructor(private readonly db: Db) {}

  /**
   * The product with its procedure summaries in the best of `preferences` (BCP 47 tags, best
   * first); kept per product and preference list, since the summaries' texts differ by language.
   */
  get(id: string, preferences: string[] = [], now = Date.now()): Promise<ProductView | null> {
    return this.entry(id, preferences, now).view
  }

  /** `{ product }` as JSON text, made once per entry: the deep link's read serializes nothing. */
  answer(id: string, preferences: string[] = [], now = Date.now()): Promise<ProductAnswer | null> {
    const entry = this.entry(id, preferences, now)
    entry.answer ??= entry.view.then((product) => product && jsonText({ product }))
    return entry.answer
  }

  private entry(id: string, preferences: string[], now: number) {
    const key = `${id}|${preferences.join(',')}`
    const hit = this.entries.get(key)
    if (hit && hit.until > now) return hit
    const view = getProduct(this.db, id, preferences)
    const entry: Entry = { view, until: now + TTL_MS }
    this.entries.set(key, entry)
    // A failed read is not kept.
    view.catch(() => this.entries.delete(key))
    if (this.entries.size > MAX_PRODUCTS) this.entries.clear()
    return entry
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
