import type { Context } from 'hono'
import { canonicalTag, languagePreferences } from '../domain/language'
import { HttpError } from '../errors'

/**
 * The customer's content languages, best first: `?lang=` when given (a 400 naming the bad tag when
 * it is not BCP 47), else the `Accept-Language` header (whose malformed ranges are skipped).
 */
export function contentPreferences(c: Context, lang: string | undefined): string[] {
  if (lang === undefined) return languagePreferences(c.req.header('accept-language'))
  const bad = lang
    .split(',')
    .map((r) => r.split(';')[0]?.trim() ?? '')
    .find((tag) => tag !== '*' && canonicalTag(tag) === null)
  if (bad !== undefined || lang.trim() === '')
    throw new HttpError(
      400,
      'invalid_language',
      `"${bad ?? lang}" is not a BCP 47 language tag. Use a tag such as "de", "es" or "fr-CA".`,
      { lang: ['must be a BCP 47 language tag'] },
    )
  return languagePreferences(lang)
}
