import type { MessageKey } from './en'

/**
 * An argument of a compiled message: `[name]` is `{name}`; `[name, 'number', style?]` a number;
 * `[name, 'plural' | 'selectordinal', options, offset?]` and `[name, 'select', options]` choose an
 * option by the value.
 */
export type Arg =
  | readonly [name: string]
  | readonly [name: string, kind: 'number', style?: 'integer' | 'percent']
  | readonly [
      name: string,
      kind: 'plural' | 'selectordinal',
      options: Readonly<Record<string, Message>>,
      offset?: number,
    ]
  | readonly [name: string, kind: 'select', options: Readonly<Record<string, Message>>]
/** Literal text, an argument, or `0` for `#` (the plural's number). */
export type Part = string | 0 | Arg
/**
 * A message as `t()` reads it: ICU MessageFormat compiled at build time (web/i18n/compile.ts,
 * run by vite.config.ts on every catalog file): plain text stays a string, anything with arguments
 * is a list of parts. No ICU parser ships to the browser.
 */
export type Message = string | readonly Part[]

/** One language's messages: every key English has, nothing more (see web/i18n/README.md). */
export type Messages = Readonly<Record<MessageKey, Message>>

type Values = Record<string, string | number>

let messages: Messages | null = null
let tag = 'en'
let numbers: Intl.NumberFormat | null = null
const plurals = new Map<string, Intl.PluralRules>()

/**
 * Makes `next` the messages `t()` reads, formatted by the rules of `intlTag` (plurals, numbers).
 * Called by setLocale() in locale-store.ts, before the first render and on every switch (not a hook).
 */
export function installMessages(intlTag: string, next: Messages): void {
  messages = next
  tag = intlTag
  numbers = null
  plurals.clear()
}

/** The BCP 47 tag of the active language, for Intl formatters ("en" under the pseudo-locale). */
export function intlLocale(): string {
  return tag
}

function number(n: number, style?: 'integer' | 'percent'): string {
  if (!style) {
    numbers ??= new Intl.NumberFormat(tag)
    return numbers.format(n)
  }
  const options: Intl.NumberFormatOptions =
    style === 'percent' ? { style: 'percent' } : { maximumFractionDigits: 0 }
  return new Intl.NumberFormat(tag, options).format(n)
}

function pluralRules(type: Intl.PluralRuleType): Intl.PluralRules {
  let rules = plurals.get(type)
  if (!rules) {
    rules = new Intl.PluralRules(tag, { type })
    plurals.set(type, rules)
  }
  return rules
}

/** `message` with `values` filled in; `pound` is the number `#` stands for inside a plural. */
function format(message: Message, values: Values | undefined, pound?: number): string {
  if (typeof message === 'string') return message
  let out = ''
  for (const part of message) {
    if (typeof part === 'string') out += part
    else if (part === 0) out += pound === undefined ? '#' : number(pound)
    else out += formatArg(part, values, pound)
  }
  return out
}

function formatArg(arg: Arg, values: Values | undefined, pound?: number): string {
  const [name] = arg
  const value = values?.[name]
  if (value === undefined) throw MISSING
  if (arg.length === 1) return String(value)
  if (arg[1] === 'number') return number(Number(value), arg[2])
  if (arg[1] === 'select') return format(arg[2][String(value)] ?? arg[2].other ?? '', values, pound)
  const [, kind, options, offset = 0] = arg
  const n = Number(value)
  const exact = options[`=${n}`]
  if (exact !== undefined) return format(exact, values, n - offset)
  const category = pluralRules(kind === 'plural' ? 'cardinal' : 'ordinal').select(n - offset)
  return format(options[category] ?? options.other ?? '', values, n - offset)
}

const MISSING = new Error('a value of the message is missing')

/** The message with every argument as its placeholder (`Step {index} of {total}`). */
function placeholders(message: Message): string {
  if (typeof message === 'string') return message
  return message.map((p) => (typeof p === 'string' ? p : p === 0 ? '#' : `{${p[0]}}`)).join('')
}

/**
 * The text for `key` in the active language: a message (`{name}`, `{count, plural, …}`, compiled
 * from ICU MessageFormat at build time) filled from `values`. A value left out shows its
 * placeholder rather than throwing.
 */
export function t(key: MessageKey, values?: Values): string {
  const message = messages?.[key]
  if (message === undefined) return key
  try {
    return format(message, values)
  } catch (err) {
    if (err !== MISSING) throw err
    return placeholders(message)
  }
}
