import { describe, expect, it } from 'vitest'
import { CallbackRequestSchema, callbackWindows } from '../../server/domain/callback'
import { estimateWaitSeconds } from '../../server/domain/presence'

describe('wait estimate', () => {
  const base = { agentsOnline: 1, activeCalls: 0, handlingSeconds: [240, 300, 360] }
  it('is null, not a number, when no agent is online', () => {
    expect(estimateWaitSeconds({ ...base, position: 1, agentsOnline: 0 })).toBeNull()
    expect(estimateWaitSeconds({ ...base, position: 4, agentsOnline: 0 })).toBeNull()
  })
  it('follows the queue: a moment when an agent is free, a call per customer ahead after that', () => {
    expect(estimateWaitSeconds({ ...base, position: 1 })).toBe(30)
    expect(estimateWaitSeconds({ ...base, position: 2 })).toBe(300)
    expect(estimateWaitSeconds({ ...base, position: 3 })).toBe(600)
  })
  it('counts calls in progress and shares the queue among the agents online', () => {
    expect(estimateWaitSeconds({ ...base, position: 1, activeCalls: 1 })).toBe(300)
    expect(estimateWaitSeconds({ ...base, position: 3, agentsOnline: 2 })).toBe(150)
  })
  it('takes five minutes a call before any call was closed', () => {
    expect(estimateWaitSeconds({ ...base, position: 2, handlingSeconds: [] })).toBe(300)
    expect(estimateWaitSeconds({ ...base, position: 0 })).toBe(0)
  })
})

describe('callback request', () => {
  const now = Date.now()
  const valid = {
    stepId: 's1',
    timeOnStepMs: 1000,
    path: ['s1'],
    mode: 'inline' as const,
    name: ' Ann ',
    phone: '+44 20 7946 0958',
    windowStart: new Date(now).toISOString(),
    windowEnd: new Date(now + 2 * 3600_000).toISOString(),
    consent: true,
  }
  const fields = (input: object) => {
    const r = CallbackRequestSchema.safeParse(input)
    return r.success
      ? {}
      : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
  }
  it('takes a name, a phone number or an email, a window and consent', () => {
    const r = CallbackRequestSchema.safeParse(valid)
    expect(r.success && r.data.name).toBe('Ann')
    expect(fields({ ...valid, phone: undefined, email: 'ann@example.com' })).toEqual({})
  })
  it('says what is wrong with each field at once', () => {
    expect(
      fields({ ...valid, name: ' ', phone: 'call me', email: 'nope', consent: false }),
    ).toEqual({
      name: 'Enter your name.',
      phone: 'Enter a phone number such as +44 20 7946 0958.',
      email: 'Enter an email address such as ann@example.com.',
      consent: 'Tick the box to agree that we call or email you.',
    })
    expect(fields({ ...valid, phone: '' })).toEqual({
      phone: 'Give a phone number or an email address.',
    })
    const past = new Date(now - 3 * 3600_000).toISOString()
    expect(
      fields({ ...valid, windowStart: past, windowEnd: new Date(now - 3600_000).toISOString() }),
    ).toEqual({
      windowStart: 'Choose a time window that has not passed, within the next two weeks.',
    })
  })
  it('offers the next two hours, then the day parts not yet over of today and two more days', () => {
    const at = new Date(2026, 11, 3, 13, 10)
    const w = callbackWindows(at)
    expect(w.map((x) => x.id)).toEqual([
      'soon',
      '0-afternoon',
      '0-evening',
      '1-morning',
      '1-afternoon',
      '1-evening',
      '2-morning',
      '2-afternoon',
      '2-evening',
    ])
    expect(w[1]?.start).toEqual(at)
    expect(w[3]?.start).toEqual(new Date(2026, 11, 4, 9))
  })
  it('offers only windows the server takes', () => {
    for (const x of callbackWindows(new Date()))
      expect(
        CallbackRequestSchema.safeParse({
          ...valid,
          windowStart: x.start.toISOString(),
          windowEnd: x.end.toISOString(),
        }).success,
      ).toBe(true)
  })
})
