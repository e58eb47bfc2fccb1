import { PSEUDO_ALLOWED, setLocale, useLocaleStore } from '../i18n/locale-store'
import { LOCALE_NAMES, LOCALES, type Locale, PSEUDO_LOCALE } from '../i18n/locales'
import { t } from '../i18n/t'

const OFFERED: readonly Locale[] = PSEUDO_ALLOWED ? [...LOCALES, PSEUDO_LOCALE] : LOCALES

/**
 * The language menu in the header: a labelled native select (keyboard, screen readers and phones
 * handle it as they know best). The choice is remembered and applied in place, so a repair in
 * progress carries on in the new language.
 */
export function LanguageSwitcher() {
  const current = useLocaleStore((s) => s.locale)
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('app.language')}</span>
      {/* Each language's own name, untranslated: a reader looks for theirs. */}
      <select
        translate="no"
        data-testid="language-switcher"
        value={current}
        onChange={(e) => {
          const next = OFFERED.find((l) => l === e.target.value)
          if (!next) return
          setLocale(next, true).catch((err: unknown) => {
            // Offline and never loaded: the page stays in its language, nothing else is lost.
            console.warn('The language could not be loaded:', err)
          })
        }}
      >
        {OFFERED.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  )
}
