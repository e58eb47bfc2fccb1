import type { Locale } from './locales'
import type { Messages } from './t'

// One chunk per language, English included: a page downloads only the language it shows. Each is
// compiled at build time (vite.config.ts, web/i18n/compile.ts): no ICU parser in the browser. The
// pseudo-locale exists only in dev and test builds (the branch is dropped from production).
const loaders: Record<Locale, (() => Promise<Messages>) | undefined> = {
  en: () => import('./en').then((m) => m.en),
  de: () => import('./de').then((m) => m.de),
  es: () => import('./es').then((m) => m.es),
  fr: () => import('./fr').then((m) => m.fr),
  'en-XA': import.meta.env.TEST_HOOKS
    ? () =>
        Promise.all([import('./pseudo'), import('./en')]).then(([p, m]) => p.pseudoMessages(m.en))
    : undefined,
}

/** The messages of `locale`, downloaded on first use. */
export async function loadMessages(locale: Locale): Promise<Messages> {
  const load = loaders[locale] ?? loaders.en
  if (!load) throw new Error('English messages are missing')
  return load()
}
