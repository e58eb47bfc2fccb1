import { describe, expect, it } from 'vitest'
import { labelBase, labelUrl } from '../../server/domain/label-url'
import { parseDeepLink } from '../../server/domain/lookup'
import { serialRange } from '../../server/domain/serials'
import { declaredSizeMm } from '../../web/studio/labels/declared-size'
import { sheetLayout } from '../../web/studio/labels/sheet-layout'

describe('label serial ranges', () => {
  it('counts up the trailing digits keeping their zero padding', () => {
    expect(serialRange('SN-000998', 6)).toEqual({
      ok: true,
      serials: ['SN-000998', 'SN-000999', 'SN-001000', 'SN-001001', 'SN-001002', 'SN-001003'],
    })
  })

  it('grows a digit only when the number must, and counts all-digit serials as numbers', () => {
    expect(serialRange('SN-98', 3)).toEqual({ ok: true, serials: ['SN-98', 'SN-99', 'SN-100'] })
    expect(serialRange('999', 2)).toEqual({ ok: true, serials: ['999', '1000'] })
    expect(serialRange(' 0099 ', 2)).toEqual({ ok: true, serials: ['0099', '0100'] })
  })

  it('counts past the safe integer range without rounding', () => {
    const r = serialRange('A9007199254740993', 2)
    expect(r).toEqual({ ok: true, serials: ['A9007199254740993', 'A9007199254740994'] })
  })

  it('names every problem with the input', () => {
    expect(serialRange('', 0)).toEqual({
      ok: false,
      problems: [
        { field: 'first', kind: 'empty' },
        { field: 'count', kind: 'tooFew' },
      ],
    })
    expect(serialRange('SN-12A', 501)).toEqual({
      ok: false,
      problems: [
        { field: 'first', kind: 'noDigits' },
        { field: 'count', kind: 'tooMany' },
      ],
    })
    expect(serialRange('SN#12', 2.5)).toEqual({
      ok: false,
      problems: [
        { field: 'first', kind: 'characters' },
        { field: 'count', kind: 'notWhole' },
      ],
    })
    expect(serialRange(`S${'9'.repeat(119)}`, 2)).toEqual({
      ok: false,
      problems: [{ field: 'first', kind: 'tooLong' }],
    })
  })
})

describe('label base URL', () => {
  it('refuses loopback hosts, which a phone scanning the label cannot open', () => {
    for (const url of [
      'http://localhost:8787',
      'https://LOCALHOST/',
      'http://app.localhost',
      'http://127.0.0.1:8787',
      'http://127.1.2.3',
      'http://[::1]:8787',
      'http://0.0.0.0:8787',
      'http://[::ffff:127.0.0.1]',
    ]) {
      const r = labelBase(url)
      expect(r.ok ? 'accepted' : r.problem.kind, url).toBe('loopback')
    }
  })

  it('refuses placeholder hosts, paths and other schemes', () => {
    const kind = (url: string) => {
      const r = labelBase(url)
      return r.ok ? 'accepted' : r.problem.kind
    }
    expect(kind('https://fixpoint.example')).toBe('placeholder')
    expect(kind('https://shop.invalid')).toBe('placeholder')
    expect(kind('https://repair.example.com/fixpoint')).toBe('path')
    expect(kind('https://repair.example.com/?a=1')).toBe('path')
    expect(kind('ftp://repair.example.com')).toBe('protocol')
    expect(kind('not a url')).toBe('invalid')
  })

  it('accepts reachable hosts and builds links the lookup resolves', () => {
    expect(labelBase('https://repair.example.com/')).toEqual({
      ok: true,
      base: 'https://repair.example.com',
    })
    expect(labelBase('https://192.168.1.20:8787')).toEqual({
      ok: true,
      base: 'https://192.168.1.20:8787',
    })
    const url = labelUrl('https://repair.example.com', 'espresso-one', 'SN 0/12')
    expect(url).toBe('https://repair.example.com/p/espresso-one?sn=SN%200%2F12')
    expect(parseDeepLink(url)).toEqual({ productId: 'espresso-one', serial: 'SN 0/12' })
  })
})

describe('label sheet layout', () => {
  it('fits whole cells inside the margins of A4 and Letter', () => {
    // A 50 mm grid of 33 modules is 62.1 mm with its quiet zone; cells add 12 mm of text.
    const a4 = sheetLayout('a4', 62.12)
    expect(a4).toMatchObject({ columns: 2, rows: 3, perPage: 6 })
    const small = sheetLayout('letter', 24)
    expect(small).toMatchObject({ columns: 4, cellWidthMm: 40 })
    for (const [paper, w, h] of [
      ['a4', 210, 297],
      ['letter', 215.9, 279.4],
    ] as const) {
      for (const side of [15, 30, 62, 120, 180]) {
        const l = sheetLayout(paper, side)
        if (!l) continue
        expect(l.columns * l.cellWidthMm + (l.columns - 1) * 4).toBeLessThanOrEqual(w - 20)
        expect(l.rows * l.cellHeightMm + (l.rows - 1) * 4).toBeLessThanOrEqual(h - 20)
      }
    }
  })

  it('answers null when one label does not fit the paper', () => {
    expect(sheetLayout('a4', 200)).toBeNull()
    expect(sheetLayout('letter', 196)).toBeNull()
  })
})

describe('declared label size', () => {
  it('reads label.sizeMm when the product carries a valid label pose, else null', () => {
    const label = { center: [0, 0.1, 0.2], normal: [0, 0, 1], up: [0, 1, 0], sizeMm: 32 }
    expect(declaredSizeMm({ id: 'x', label })).toBe(32)
    expect(declaredSizeMm({ id: 'x' })).toBeNull()
    expect(declaredSizeMm({ id: 'x', label: null })).toBeNull()
    expect(declaredSizeMm({ id: 'x', label: { ...label, up: [0, 0, 1] } })).toBeNull()
  })
})
