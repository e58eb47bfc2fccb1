import { describe, expect, it } from 'vitest'
import { applyMark } from '../../web/call/marks'
import { shouldOfferHelp } from '../../web/customer/help/help-nudge'

describe('help nudge', () => {
  const policy = { dwellSeconds: 120, backAndForth: 3 }
  it('offers help after a long stay on one step', () => {
    expect(shouldOfferHelp({ dwellMs: 119_000, visits: 1 }, policy)).toBeNull()
    expect(shouldOfferHelp({ dwellMs: 120_000, visits: 1 }, policy)).toBe('dwell')
  })
  it('offers help when a step keeps coming back', () => {
    expect(shouldOfferHelp({ dwellMs: 1000, visits: 2 }, policy)).toBeNull()
    expect(shouldOfferHelp({ dwellMs: 1000, visits: 3 }, policy)).toBe('back_and_forth')
  })
})

describe('agent marks', () => {
  it('adds marks and clears them all', () => {
    const one = applyMark([], { kind: 'point', id: 'a', x: 0.1, y: 0.2 })
    expect(one).toHaveLength(1)
    expect(applyMark(one, { kind: 'clear' })).toEqual([])
  })
  it('keeps only the latest 50', () => {
    let marks: ReturnType<typeof applyMark> = []
    for (let i = 0; i < 60; i++)
      marks = applyMark(marks, { kind: 'point', id: String(i), x: 0, y: 0 })
    expect(marks).toHaveLength(50)
    expect(marks[0]).toMatchObject({ id: '10' })
  })
})
