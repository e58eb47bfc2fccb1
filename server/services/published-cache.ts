import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Db } from '../db/client'
import { negotiateLanguage } from '../domain/language'
import { applyTranslation, type TranslationTexts } from '../domain/translation'
import { type JsonText, jsonText } from '../json-text'
import { getPublished, type PublishedVersion, publishedView } from './catalog'
import { sourceLanguageOf, textsHash, translationsOfVersion } from './translations'

export type CachedVersion = PublishedVersion & {
  view: ReturnType<typeof publishedView>
  body: JsonText<ReturnType<typeof publishedView>>
  etag: string
  /** The body compressed, made on first request for it (a version never changes). */
  encoded: { br?: Buffer; gzip?: Buffer }
  /** Response headers per encoding and cache policy, made once. */
  headers: Map<string, Record<string, string>>
}

/** Encodings named in an Accept-Encoding header, less those refused with `q=0`. */
export function acceptedEncodings(header: string): Set<string> {
  const out = new Set<string>()
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((x) => x.trim()).find((x) => x.startsWith('q='))
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name)
  }
  return out
}

/** The body in the best encoding the client accepts (brotli, then gzip, else none). */
export function encodedBody(
  v: CachedVersion,
  acceptEncoding: string,
): { body: string | Buffer; encoding: 'br' | 'gzip' | null } {
  const accepts = acceptedEncodings(acceptEncoding)
  if (accepts.has('br')) {
    v.encoded.br ??= brotliCompressSync(v.body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 9 },
    })
    return { body: v.encoded.br, encoding: 'br' }
  }
  if (accepts.has('gzip')) {
    v.encoded.gzip ??= gzipSync(v.body, { level: 9 })
    return { body: v.encoded.gzip, encoding: 'gzip' }
  }
  return { body: v.body, encoding: null }
}

const MAX_VERSIONS = 500
/** How long "the latest version" is trusted before asking the database again. */
const LATEST_TTL_MS = 2000

/**
 * Published versions in memory: they never change, so they are kept (bounded, oldest out first)
 * with their serialized JSON; "the latest version of X" is kept for two seconds, so a publish on
 * any instance reaches customers within that time. Keeps the hot customer paths off the database.
 */
export class PublishedCache {
  private versions = new Map<string, CachedVersion>()
  private latestOf = new Map<string, { version: number | null; until: number }>()
  /** Translations pinned to a version, trusted for two seconds like "the latest version". */
  private translationsOf = new Map<
    string,
    { texts: Promise<Map<string, { texts: TranslationTexts; hash: string }>>; until: number }
  >()

  constructor(private readonly db: Db) {}

  private remember(
    id: string,
    found: PublishedVersion,
    translation?: { language: string; texts: TranslationTexts; hash: string },
  ): CachedVersion {
    const view = translation
      ? publishedView(
          { ...found, procedure: applyTranslation(found.procedure, translation.texts) },
          translation.language,
        )
      : publishedView(found)
    const suffix = translation ? `#${translation.language}:${translation.hash}` : ''
    const entry = {
      ...found,
      view,
      body: jsonText(view),
      etag: `"${found.contentHash}${suffix.replace(/[#:]/g, '-')}"`,
      encoded: {},
      headers: new Map(),
    }
    this.versions.set(`${id}@${found.version}${suffix}`, entry)
    if (this.versions.size > MAX_VERSIONS) {
      const oldest = this.versions.keys().next().value
      if (oldest !== undefined) this.versions.delete(oldest)
    }
    return entry
  }

  /** A version already in memory, without asking the database. */
  peek(id: string, version: number): CachedVersion | undefined {
    return this.versions.get(`${id}@${version}`)
  }

  async version(id: string, version: number): Promise<CachedVersion | null> {
    const hit = this.versions.get(`${id}@${version}`)
    if (hit) return hit
    const found = await getPublished(this.db, id, version)
    return found ? this.remember(id, found) : null
  }

  /** Forgets "the latest version" of a procedure (after a publish or archive on this instance). */
  forget(id: string) {
    this.latestOf.delete(id)
    for (const key of this.translationsOf.keys())
      if (key.startsWith(`${id}@`)) this.translationsOf.delete(key)
  }

  private pinned(id: string, version: number, now: number) {
    const key = `${id}@${version}`
    const hit = this.translationsOf.get(key)
    if (hit && hit.until > now) return hit.texts
    // Hashed once here, not on every request: the hash keys the translated view and its ETag.
    const texts = translationsOfVersion(this.db, id, version).then(
      (m) => new Map([...m].map(([lang, t]) => [lang, { texts: t, hash: textsHash(t) }])),
    )
    this.translationsOf.set(key, { texts, until: now + LATEST_TTL_MS })
    texts.catch(() => this.translationsOf.delete(key))
    if (this.translationsOf.size > 10_000) this.translationsOf.clear()
    return texts
  }

  /**
   * `entry` in the language that best matches `preferences` (BCP 47 negotiation) among its source
   * language and the translations pinned to its version; the source itself when none matches.
   * Each translated view is cached like the source, keyed by language and texts, so an edited
   * translation is a new entry (and a new ETag).
   */
  async localized(
    entry: CachedVersion,
    preferences: string[],
    now = Date.now(),
  ): Promise<CachedVersion> {
    const id = entry.procedure.id
    const source = sourceLanguageOf(entry.procedure)
    if (preferences.length === 0) return entry
    const texts = await this.pinned(id, entry.version, now)
    const language = negotiateLanguage(preferences, [source, ...texts.keys()]) ?? source
    const chosen = texts.get(language)
    if (language === source || !chosen) return entry
    const key = `${id}@${entry.version}#${language}:${chosen.hash}`
    return this.versions.get(key) ?? this.remember(id, entry, { language, ...chosen })
  }

  async latest(id: string, now = Date.now()): Promise<CachedVersion | null> {
    const pointer = this.latestOf.get(id)
    if (pointer && pointer.until > now)
      return pointer.version === null ? null : this.version(id, pointer.version)
    const found = await getPublished(this.db, id)
    this.latestOf.set(id, { version: found?.version ?? null, until: now + LATEST_TTL_MS })
    if (this.latestOf.size > 10_000) this.latestOf.clear()
    return found ? this.remember(id, found) : null
  }
}

const caches = new WeakMap<Db, PublishedCache>()

/** The cache for this database (tests run several databases in one process). */
export function publishedCache(db: Db): PublishedCache {
  let cache = caches.get(db)
  if (!cache) {
    cache = new PublishedCache(db)
    caches.set(db, cache)
  }
  return cache
}
