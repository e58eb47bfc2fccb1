import { z } from 'zod'

/** The language a procedure is written in when it does not say. */
export const DEFAULT_LANGUAGE = 'en'

/** The canonical form of a BCP 47 tag (`de-de` → `de-DE`), or null when it is not one. */
export function canonicalTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag)
    return canonical ?? null
  } catch {
    return null
  }
}

/** A BCP 47 language tag such as `de`, `es-MX` or `zh-Hant`, stored in its canonical form. */
export const LanguageTagSchema = z
  .string()
  .min(2)
  .max(35)
  .refine((t) => canonicalTag(t) !== null, 'must be a BCP 47 language tag such as "de" or "es-MX"')
  .transform((t) => canonicalTag(t) ?? t)
  .describe('BCP 47 language tag, e.g. "de", "es", "fr-CA"')

/**
 * The language ranges of an `Accept-Language` header (or a `?lang=` list), best first: `q=0`
 * ranges dropped, `*` ignored, equal weights in the order given.
 */
export function languagePreferences(header: string | undefined | null): string[] {
  if (!header) return []
  const ranges: { tag: string; q: number; i: number }[] = []
  header.split(',').forEach((part, i) => {
    const [range = '', ...params] = part.trim().split(';')
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const weight = q ? Number(q.slice(2)) : 1
    const tag = canonicalTag(range.trim())
    if (tag && range.trim() !== '*' && Number.isFinite(weight) && weight > 0)
      ranges.push({ tag, q: weight, i })
  })
  return ranges.sort((a, b) => b.q - a.q || a.i - b.i).map((r) => r.tag)
}

const lower = (t: string) => t.toLowerCase()
const primary = (t: string) => lower(t).split('-')[0] ?? ''

/**
 * BCP 47 negotiation (RFC 4647 lookup, then the same primary language): the first preference that
 * one of `available` serves. `de-AT` takes `de-AT`, else `de`, else any `de-*`; nothing matches
 * a different primary language. Returns the available tag as given, or null.
 */
export function negotiateLanguage(preferences: string[], available: string[]): string | null {
  for (const wanted of preferences) {
    const parts = lower(wanted).split('-')
    // Lookup: strip subtags from the end until one is available.
    for (let n = parts.length; n > 0; n--) {
      const range = parts.slice(0, n).join('-')
      const hit = available.find((a) => lower(a) === range)
      if (hit) return hit
    }
    const sibling = available.find((a) => primary(a) === primary(wanted))
    if (sibling) return sibling
  }
  return null
}

/** Whether two tags name the same language for a reader (same primary subtag). */
export function sameLanguage(a: string, b: string): boolean {
  return primary(a) === primary(b)
}
