import type { MessageKey } from './en'
import type { Message, Messages, Part } from './t'

// Every Latin letter swapped for an accented look-alike: still readable, plainly not English.
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ACCENTED = 'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'
const LOOK_ALIKE = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i] ?? c]))

const accent = (text: string) => [...text].map((c) => LOOK_ALIKE.get(c) ?? c).join('')
const lettersIn = (text: string) => text.replace(/[^\p{L}]/gu, '').length

/** `message` with its literal text accented, and the letters of its longest reading. */
function accentAll(message: Message): [Message, number] {
  if (typeof message === 'string') return [accent(message), lettersIn(message)]
  let letters = 0
  const parts: Part[] = message.map((part): Part => {
    if (typeof part === 'string') {
      letters += lettersIn(part)
      return accent(part)
    }
    if (part === 0 || part.length === 1 || part[1] === 'number') return part
    let longest = 0
    const options: Record<string, Message> = {}
    for (const [key, option] of Object.entries(part[2])) {
      const [accented, n] = accentAll(option)
      options[key] = accented
      longest = Math.max(longest, n)
    }
    letters += longest
    if (part[1] === 'select') return [part[0], 'select', options]
    return part[3] ? [part[0], part[1], options, part[3]] : [part[0], part[1], options]
  })
  return [parts, letters]
}

/**
 * The pseudo-locale en-XA from English (compiled, as t() reads it): accented, about 35% longer and
 * wrapped in [brackets], so text that overflows its box, or that never went through t(), stands
 * out on screen.
 */
export function pseudoMessages(english: Messages): Messages {
  const out: Partial<Record<MessageKey, Message>> = {}
  for (const [key, message] of Object.entries(english) as [MessageKey, Message][]) {
    const [accented, letters] = accentAll(message)
    // In words of up to five, as real text can wrap: one long run would overflow every box.
    const tildes = '~'.repeat(Math.ceil(letters * 0.35))
    const padding = letters > 0 ? ` ${tildes.replace(/(~{5})(?=~)/g, '$1 ')}` : ''
    out[key] =
      typeof accented === 'string' ? `[${accented}${padding}]` : ['[', ...accented, `${padding}]`]
  }
  return out as Messages
}
