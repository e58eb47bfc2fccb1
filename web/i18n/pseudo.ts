import {
  isLiteralElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  type MessageFormatElement,
  parse,
  TYPE,
} from '@formatjs/icu-messageformat-parser'
import { en, type MessageKey } from './en'
import type { Message, Messages } from './t'

// Every Latin letter swapped for an accented look-alike: still readable, plainly not English.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ACCENTED = 'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'
const LOOK_ALIKE = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i] ?? c]))

const accent = (text: string) => [...text].map((c) => LOOK_ALIKE.get(c) ?? c).join('')

/** Accents the literal text of `elements` in place; returns the letters of its longest reading. */
function accentAll(elements: MessageFormatElement[]): number {
  let letters = 0
  for (const el of elements) {
    if (isLiteralElement(el)) {
      letters += el.value.replace(/[^\p{L}]/gu, '').length
      el.value = accent(el.value)
    } else if (isPluralElement(el) || isSelectElement(el)) {
      let longest = 0
      for (const option of Object.values(el.options)) {
        longest = Math.max(longest, accentAll(option.value))
      }
      letters += longest
    } else if (isTagElement(el)) {
      letters += accentAll(el.children)
    }
  }
  return letters
}

const literal = (value: string): MessageFormatElement => ({ type: TYPE.literal, value })

/**
 * The pseudo-locale en-XA: English accented, about 35% longer and wrapped in [brackets], so text
 * that overflows its box, or that never went through t(), stands out on screen.
 */
export function pseudoMessages(): Messages {
  const out: Partial<Record<MessageKey, Message>> = {}
  for (const [key, text] of Object.entries(en) as [MessageKey, string][]) {
    const ast = parse(text, { ignoreTag: true })
    const letters = accentAll(ast)
    // In words of up to five, as real text can wrap: one long run would overflow every box.
    const tildes = '~'.repeat(Math.ceil(letters * 0.35))
    const padding = letters > 0 ? ` ${tildes.replace(/(~{5})(?=~)/g, '$1 ')}` : ''
    out[key] = [literal('['), ...ast, literal(`${padding}]`)]
  }
  return out as Messages
}
