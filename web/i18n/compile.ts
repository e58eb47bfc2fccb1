import {
  isArgumentElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser'
import type { Message, Part } from './t'

/**
 * ICU MessageFormat text → the compact form `t()` formats (see `Message` in t.ts), so the browser
 * never parses a message: vite.config.ts compiles every language's catalog with this at build time
 * (and in the dev server), so the ICU parser (~9 kB gzip) is not part of the app. Only what t.ts
 * can format is accepted: plain arguments, `{n, number}` (and `integer`, `percent`), `plural`,
 * `selectordinal`, `select` and `#`; anything else (dates, skeletons, tags) fails the build here.
 */
export function compileMessage(text: string, where = 'message'): Message {
  const parts = compileElements(parse(text, { ignoreTag: true }), where)
  if (parts.length === 0) return ''
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0]
  return parts
}

function compileElements(elements: MessageFormatElement[], where: string): Part[] {
  const out: Part[] = []
  for (const el of elements) {
    if (isLiteralElement(el)) {
      // Adjacent literals (quoting splits them) become one string.
      const last = out.length - 1
      if (typeof out[last] === 'string') out[last] += el.value
      else out.push(el.value)
    } else if (isArgumentElement(el)) {
      out.push([el.value])
    } else if (isNumberElement(el)) {
      const style = el.style
      if (style == null) out.push([el.value, 'number'])
      else if (style === 'integer' || style === 'percent') out.push([el.value, 'number', style])
      else
        throw new Error(`${where}: number style ${JSON.stringify(style)} is not supported by t()`)
    } else if (isPluralElement(el)) {
      const kind = el.pluralType === 'ordinal' ? 'selectordinal' : 'plural'
      const options = compileOptions(el.options, where)
      out.push(el.offset ? [el.value, kind, options, el.offset] : [el.value, kind, options])
    } else if (isSelectElement(el)) {
      out.push([el.value, 'select', compileOptions(el.options, where)])
    } else if (isPoundElement(el)) {
      out.push(0)
    } else {
      throw new Error(`${where}: ICU element of type ${el.type} is not supported by t()`)
    }
  }
  return out
}

function compileOptions(
  options: Record<string, { value: MessageFormatElement[] }>,
  where: string,
): Record<string, Message> {
  const out: Record<string, Message> = {}
  for (const [key, option] of Object.entries(options)) {
    const parts = compileElements(option.value, where)
    out[key] =
      parts.length === 0
        ? ''
        : parts.length === 1 && typeof parts[0] === 'string'
          ? parts[0]
          : parts
  }
  return out
}

/** Every message of a catalog as written (ICU text) compiled: what the build does to each file. */
export function compileCatalog<K extends string>(
  catalog: Readonly<Record<K, string>>,
  where = 'catalog',
): Record<K, Message> {
  const out = {} as Record<K, Message>
  for (const [key, text] of Object.entries(catalog) as [K, string][])
    out[key] = compileMessage(text, `${where}: ${key}`)
  return out
}
