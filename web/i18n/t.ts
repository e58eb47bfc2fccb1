import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import type { MessageKey } from './en'

/** A message in ICU MessageFormat, as text or already parsed (the pseudo-locale builds its own). */
export type Message = string | MessageFormatElement[]

/** One language's messages: every key English has, nothing more (see web/i18n/README.md). */
export type Messages = Readonly<Record<MessageKey, Message>>

let messages: Messages | null = null
let tag = 'en'
const formats = new Map<MessageKey, IntlMessageFormat>()

/**
 * Makes `next` the messages `t()` reads, formatted by the rules of `intlTag` (plurals, numbers).
 * Called by setLocale() in locale-store.ts, before the first render and on every switch (not a hook).
 */
export function installMessages(intlTag: string, next: Messages): void {
  messages = next
  tag = intlTag
  formats.clear()
}

/** The BCP 47 tag of the active language, for Intl formatters ("en" under the pseudo-locale). */
export function intlLocale(): string {
  return tag
}

function flatten(out: unknown): string {
  return Array.isArray(out) ? out.join('') : String(out)
}

/**
 * The text for `key` in the active language: an ICU message (`{name}`, `{count, plural, …}`)
 * filled from `values`. A value left out shows its placeholder rather than throwing.
 */
export function t(key: MessageKey, values?: Record<string, string | number>): string {
  if (!messages) return key
  let format = formats.get(key)
  if (!format) {
    format = new IntlMessageFormat(messages[key], tag, undefined, { ignoreTag: true })
    formats.set(key, format)
  }
  try {
    return flatten(format.format(values))
  } catch {
    const text = messages[key]
    return typeof text === 'string' ? text : key
  }
}
