import { create } from 'zustand'
import { loadMessages } from './load'
import { intlTag, isLocale, type Locale, pickLocale } from './locales'
import { installMessages } from './t'

const STORAGE_KEY = 'fixpoint.locale'
/** The pseudo-locale is offered in dev and test builds only. */
export const PSEUDO_ALLOWED: boolean = import.meta.env.TEST_HOOKS

type LocaleState = { locale: Locale }

/**
 * The language the UI shows. Components that call t() re-render from the root when it changes
 * (App subscribes); other code reads locale() or subscribes with useLocaleStore.subscribe — e.g.
 * to ask the server for content in the customer's language.
 */
export const useLocaleStore = create<LocaleState>(() => ({ locale: 'en' }))

/** The active locale ("en", "de", "es", "fr", or "en-XA" in dev and test builds). */
export function locale(): Locale {
  return useLocaleStore.getState().locale
}

/** The active language as a BCP 47 tag for Accept-Language and Intl ("en" for the pseudo-locale). */
export function localeTag(): string {
  return intlTag(locale())
}

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** `?lang=` first (not remembered), then the remembered choice, then the browser's languages. */
export function initialLocale(): Locale {
  const asked = new URLSearchParams(window.location.search).get('lang')
  if (asked && isLocale(asked, PSEUDO_ALLOWED)) return asked
  const kept = stored()
  if (kept && isLocale(kept, PSEUDO_ALLOWED)) return kept
  return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language])
}

/**
 * Makes locale() answer `next` while its messages are still loading (main.tsx, before the first
 * render), so that requests sent that early (app.tsx, preloadFirstScreen) ask for content in the
 * language the page will show. setLocale() follows at once and settles it (English if `next`
 * cannot load). Nothing has rendered yet, so nothing shows a key without its message.
 */
export function expectLocale(next: Locale): void {
  useLocaleStore.setState({ locale: next })
}

let latest = 0

/**
 * Loads `next`'s messages and switches the UI to it; `remember` keeps the choice for later visits.
 * The page re-renders in place: stores, forms and an in-progress repair are untouched.
 */
export async function setLocale(next: Locale, remember = false): Promise<void> {
  const ticket = ++latest
  const messages = await loadMessages(next)
  if (ticket !== latest) return // a later choice won the race
  installMessages(intlTag(next), messages)
  document.documentElement.lang = next
  if (remember) {
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Private mode without storage: the choice holds for this page only.
    }
  }
  useLocaleStore.setState({ locale: next })
}
