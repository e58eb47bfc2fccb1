/** The languages the UI is written in; English is the source every other one is checked against. */
export const LOCALES = ['en', 'de', 'es', 'fr'] as const

/** Accented, lengthened English for finding truncation and untranslated text (dev and test builds). */
export const PSEUDO_LOCALE = 'en-XA'

export type Locale = (typeof LOCALES)[number] | typeof PSEUDO_LOCALE

/** Each language's own name, as the switcher shows it (never translated: a reader looks for theirs). */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
  'en-XA': '[Ƥšéûðö]',
}

/** Whether `tag` names a locale this build can show (the pseudo-locale only when allowed). */
export function isLocale(tag: string, allowPseudo: boolean): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag) || (allowPseudo && tag === PSEUDO_LOCALE)
}

/**
 * The best of our languages for a browser's preference list (navigator.languages): the first
 * preferred tag whose language we have, by primary subtag ("de-AT" → de), else English.
 */
export function pickLocale(preferred: readonly string[]): (typeof LOCALES)[number] {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split(/[-_]/)[0]
    const match = LOCALES.find((l) => l === language)
    if (match) return match
  }
  return 'en'
}

/** The BCP 47 tag Intl formatters and the server get: the pseudo-locale formats as English. */
export function intlTag(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale
}
