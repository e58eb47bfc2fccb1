import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { csvCell, csvLine } from '../../server/domain/csv'

const readBack = (text: string): string[][] => parse(text, { relax_column_count: false })

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks so a CSV reader gets the text back', () => {
    const values = ['plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf', ' padded ', '']
    expect(readBack(csvLine(values))).toEqual([values])
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell(null)).toBe('')
    expect(csvCell(42)).toBe('42')
    expect(csvCell(-3)).toBe('-3')
  })

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const evil of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '=HYPERLINK("http://x","y")', '\t=1'])
      expect(readBack(csvLine([evil]))).toEqual([[`'${evil}`]])
    expect(csvCell('=1+1')).toBe(`"'=1+1"`)
    // Only the start counts: text that merely contains the characters is left alone.
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell('e-mail@example.com')).toBe('e-mail@example.com')
  })

  it('round-trips any text through a real CSV reader (formula starts aside)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), (cells) => {
        const back = readBack(csvLine(cells))[0] ?? []
        expect(back).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
      }),
    )
  })
})
