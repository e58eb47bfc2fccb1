import { languageName } from '../../i18n/content-language'

/** "German (Deutsch) · de": a language for authors, in English and in itself. */
export function languageLabel(tag: string): string {
  const english = languageName(tag, 'en')
  const own = languageName(tag)
  return english === own ? `${english} · ${tag}` : `${english} (${own}) · ${tag}`
}
