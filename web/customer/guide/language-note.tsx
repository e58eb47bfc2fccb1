import {
  languageName,
  primaryLanguage,
  sameLanguage,
  wantedLanguage,
} from '../../i18n/content-language'
import { t } from '../../i18n/t'
import { useGuide } from './guide-store'

/**
 * "This guide is not available in Deutsch; showing English.": shown when the guide's texts are not
 * in the customer's language (no up-to-date translation into it). Each language is named in
 * itself, so the reader recognizes their own.
 */
export function LanguageNote() {
  const shown = useGuide((s) => s.procedure.language)
  const wanted = wantedLanguage()
  if (sameLanguage(wanted, shown)) return null
  return (
    <p className="guide-language-note" role="note" data-testid="language-note">
      {t('guide.languageNote', {
        // The language, not the country: "Deutsch", not "Deutsch (Deutschland)".
        wanted: languageName(primaryLanguage(wanted)),
        shown: languageName(primaryLanguage(shown)),
      })}
    </p>
  )
}
