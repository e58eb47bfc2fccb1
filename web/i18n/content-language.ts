import { locale } from './locale-store'
import { PSEUDO_LOCALE, pickLocale } from './locales'

/**
 * The languages the customer wants procedures in, best first, as an Accept-Language list. The one
 * place the web app decides it: the browser's languages, led by the UI language when the customer
 * chose one other than the browser's (the switcher, `?lang=`), so content follows that choice.
 */
export function contentLanguage(): string {
  const list = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? [])]
  if (list.length === 0)
    list.push(typeof navigator === 'undefined' ? 'en' : navigator.language || 'en')
  const ui = locale()
  if (ui !== PSEUDO_LOCALE && ui !== pickLocale(list))
    return [ui, ...list.filter((tag) => primaryLanguage(tag) !== ui)].join(',')
  return list.join(',')
}

/** The first (most wanted) tag of `contentLanguage()`. */
export function wantedLanguage(): string {
  return contentLanguage().split(',')[0]?.trim() || 'en'
}

/** A language's name in that language ("Deutsch", "日本語"), or the tag when the browser has none. */
export function languageName(tag: string, inLanguage = tag): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag
  } catch {
    return tag
  }
}

/** Whether two BCP 47 tags name the same language for a reader (`de-DE` and `de` do). */
export function sameLanguage(a: string, b: string): boolean {
  return primaryLanguage(a) === primaryLanguage(b)
}

/** The primary language subtag of a BCP 47 tag (`de-CH` → `de`). */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() || tag
}

/** "German (Deutsch) · de": a language for staff, in English and in itself. */
export function languageLabel(tag: string): string {
  const english = languageName(tag, 'en')
  const own = languageName(tag)
  return english === own ? `${english} · ${tag}` : `${english} (${own}) · ${tag}`
}
