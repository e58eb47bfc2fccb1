import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
  parse,
} from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { compileCatalog } from '../../web/i18n/compile'
import { de as deText } from '../../web/i18n/de'
import { en as enText } from '../../web/i18n/en'
import { es as esText } from '../../web/i18n/es'
import { formatDateTime, formatDuration, formatNumber, formatRelative } from '../../web/i18n/format'
import { fr as frText } from '../../web/i18n/fr'
import { pickLocale } from '../../web/i18n/locales'
import { pseudoMessages } from '../../web/i18n/pseudo'
import { installMessages, t } from '../../web/i18n/t'

// The catalogs as written (ICU text), and compiled as the build compiles them for t().
const translations: Record<string, Readonly<Record<string, string>>> = {
  de: deText,
  es: esText,
  fr: frText,
}
const en = compileCatalog(enText, 'en')
const de = compileCatalog(deText, 'de')
const es = compileCatalog(esText, 'es')
const fr = compileCatalog(frText, 'fr')

/** Every argument of a message as "name:kind", and each plural/select's option keys. */
function shape(elements: MessageFormatElement[], locale: string, out = new Set<string>()) {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]
  for (const el of elements) {
    if (isArgumentElement(el)) out.add(`${el.value}:argument`)
    else if (isNumberElement(el)) out.add(`${el.value}:number`)
    else if (isDateElement(el) || isTimeElement(el)) out.add(`${el.value}:date`)
    else if (isPluralElement(el) || isSelectElement(el)) {
      out.add(`${el.value}:${isPluralElement(el) ? 'plural' : 'select'}`)
      const keys = Object.keys(el.options)
      if (!keys.includes('other')) out.add(`${el.value}: missing "other"`)
      if (isPluralElement(el)) {
        for (const k of keys) {
          if (!k.startsWith('=') && !categories.includes(k))
            out.add(`${el.value}: no ${k} in ${locale}`)
        }
      }
      for (const option of Object.values(el.options)) shape(option.value, locale, out)
    } else if (isTagElement(el)) shape(el.children, locale, out)
  }
  return out
}

const argumentsOf = (message: string, locale: string) =>
  [...shape(parse(message, { ignoreTag: true }), locale)].sort()

describe('the UI languages', () => {
  for (const [locale, messages] of Object.entries(translations)) {
    it(`${locale} has exactly the English keys`, () => {
      const missing = Object.keys(enText).filter((k) => !(k in messages))
      const extra = Object.keys(messages).filter((k) => !(k in enText))
      expect({ missing, extra }).toEqual({ missing: [], extra: [] })
    })

    it(`every ${locale} message parses and takes the same ICU arguments as English`, () => {
      const wrong: string[] = []
      for (const [key, source] of Object.entries(enText)) {
        const text = messages[key]
        if (typeof text !== 'string' || !text.trim()) {
          wrong.push(`${key}: empty`)
          continue
        }
        let theirs: string[]
        try {
          theirs = argumentsOf(text, locale)
        } catch (err) {
          wrong.push(`${key}: does not parse (${String(err)})`)
          continue
        }
        const ours = argumentsOf(source, 'en')
        if (JSON.stringify(theirs) !== JSON.stringify(ours)) {
          wrong.push(`${key}: ${theirs.join(', ')} ≠ English ${ours.join(', ')}`)
        }
      }
      expect(wrong).toEqual([])
    })
  }

  it('formats every compiled message of every language as intl-messageformat formats its text', () => {
    const catalogs = {
      en: [enText, en],
      de: [deText, de],
      es: [esText, es],
      fr: [frText, fr],
    } as const
    const wrong: string[] = []
    let compared = 0
    for (const [tag, [texts, compiled]] of Object.entries(catalogs)) {
      installMessages(tag, compiled)
      for (const [key, text] of Object.entries(texts) as [keyof typeof enText, string][]) {
        const args = argumentsOf(text, tag).filter((a) => !a.includes(' '))
        for (const n of [0, 1, 2, 3, 5, 11, 21, 1200.5]) {
          const values: Record<string, string | number> = {}
          for (const a of args) {
            const [name = '', kind] = a.split(':')
            values[name] = kind === 'argument' ? `Zed${n}` : n
          }
          const out = new IntlMessageFormat(text, tag, undefined, { ignoreTag: true }).format(
            values,
          )
          const theirs = Array.isArray(out) ? out.join('') : String(out)
          const ours = t(key, values)
          compared++
          if (ours !== theirs)
            wrong.push(`${tag} ${key} ${JSON.stringify(values)}: ${ours} ≠ ${theirs}`)
        }
      }
    }
    expect(wrong).toEqual([])
    expect(compared).toBeGreaterThan(4000)
  })

  it('says plurals by each language’s rules', () => {
    installMessages('en', en)
    expect(t('home.guides', { count: 1 })).toBe('1 repair guide')
    expect(t('home.guides', { count: 3 })).toBe('3 repair guides')
    installMessages('de', de)
    expect(t('home.guides', { count: 1 })).toBe('1 Reparaturanleitung')
    expect(t('home.guides', { count: 1200 })).toBe('1.200 Reparaturanleitungen')
    installMessages('fr', fr)
    expect(t('home.guides', { count: 0 })).toBe('0 guide de réparation')
    expect(t('home.guides', { count: 2 })).toBe('2 guides de réparation')
    installMessages('es', es)
    expect(t('guide.position', { index: 2, total: 5 })).toBe('Paso 2 de 5')
    // A value left out shows its placeholder, as before the ICU catalog.
    expect(t('guide.position', { index: 2 })).toBe('Paso {index} de {total}')
  })

  it('formats numbers, dates and durations in the active language', () => {
    installMessages('de', de)
    expect(formatNumber(1234.5)).toBe('1.234,5')
    const at = new Date('2026-12-04T17:35:00Z')
    const utc = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' } as const
    expect(formatDateTime(at, utc)).toBe('04.12.2026, 17:35')
    expect(formatDuration(185)).toBe('3 Min., 5 Sek.')
    expect(formatRelative(-1, 'day')).toBe('gestern')
    installMessages('fr', fr)
    expect(formatDateTime(at, utc)).toBe('4 déc. 2026, 17:35')
    expect(formatDuration(42)).toBe('42\u202Fs')
    installMessages('en', en)
    expect(formatNumber(1234.5)).toBe('1,234.5')
  })

  it('picks the best language from the browser’s list, else English', () => {
    expect(pickLocale(['de-AT', 'en'])).toBe('de')
    expect(pickLocale(['ja-JP', 'fr-CA'])).toBe('fr')
    expect(pickLocale(['ja-JP'])).toBe('en')
    expect(pickLocale([])).toBe('en')
    expect(pickLocale(['ES'])).toBe('es')
  })

  it('pseudo-localizes every message: accented, bracketed, longer, arguments kept', () => {
    const pseudo = pseudoMessages(en)
    installMessages('en-XA', pseudo)
    const title = t('home.title')
    expect(title).toMatch(/^\[.*\]$/)
    expect(title).not.toContain('Fix it yourself')
    expect(title.length).toBeGreaterThanOrEqual(Math.round(enText['home.title'].length * 1.3))
    expect(t('home.guides', { count: 2 })).toMatch(/^\[2 .*\]$/)
    expect(t('scan.found', { name: 'Kettle', brand: 'Acme' })).toContain('Kettle')
    installMessages('en', en)
  })
})
