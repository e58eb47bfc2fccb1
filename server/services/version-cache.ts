import type { Db } from '../db/client'
import { getPublished, publishedView } from './catalog'

type Entry = { body: string; etag: string }

const MAX = 500

/**
 * Published versions never change, so their serialized JSON is kept in memory (bounded, oldest
 * out first). This keeps the hot customer fetch off the database entirely.
 */
export class VersionCache {
  private entries = new Map<string, Entry>()

  async get(db: Db, id: string, version: number): Promise<Entry | null> {
    const key = `${id}@${version}`
    const hit = this.entries.get(key)
    if (hit) return hit
    const found = await getPublished(db, id, version)
    if (!found) return null
    const entry = { body: JSON.stringify(publishedView(found)), etag: `"${found.contentHash}"` }
    this.entries.set(key, entry)
    if (this.entries.size > MAX) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
    return entry
  }
}
