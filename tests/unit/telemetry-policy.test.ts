import { describe, expect, it } from 'vitest'
import {
  backoffDelay,
  dueIn,
  onFailure,
  sendPolicy,
  settle,
} from '../../web/customer/guide/telemetry/send-policy'

describe('telemetry send policy', () => {
  it('sends nothing when nothing waits, at once when a batch is full, else after the delay', () => {
    expect(dueIn(0, 0)).toBeNull()
    expect(dueIn(sendPolicy.flushCount, 0)).toBe(0)
    expect(dueIn(1, 0)).toBe(sendPolicy.flushDelayMs)
    expect(dueIn(3, 1500)).toBe(sendPolicy.flushDelayMs - 1500)
    expect(dueIn(3, 10_000)).toBe(0)
  })

  it('backs off exponentially with jitter, within the window, capped', () => {
    expect(backoffDelay(1, 0, 1000, 60_000)).toBe(250)
    expect(backoffDelay(1, 0.999_999, 1000, 60_000)).toBe(1000)
    expect(backoffDelay(3, 0, 1000, 60_000)).toBe(1000)
    expect(backoffDelay(3, 0.999_999, 1000, 60_000)).toBe(4000)
    expect(backoffDelay(20, 0.999_999, 1000, 60_000)).toBe(60_000)
    const draws = [0.1, 0.5, 0.9].map((r) => backoffDelay(4, r, 1000, 60_000))
    expect(new Set(draws).size).toBe(3)
    for (const d of draws) expect(d).toBeGreaterThanOrEqual(2000)
  })

  it('retries network errors, timeouts, rate limits and server errors only', () => {
    expect([0, 408, 429, 500, 502, 503].map(onFailure)).toEqual(Array(6).fill('retry'))
    // A batch refused as a whole is split down to the events at fault, never dropped whole.
    expect(onFailure(400)).toBe('split')
    expect(onFailure(413)).toBe('split')
    expect(onFailure(401)).toBe('stop')
    expect(onFailure(404)).toBe('stop')
  })

  it('settles each event by its own result: delivered, dropped when rejected, else kept', () => {
    expect(
      settle(
        ['a', 'b', 'c', 'd'],
        [{ status: 'stored' }, { status: 'rejected' }, { status: 'duplicate' }],
      ),
    ).toEqual({ delivered: ['a', 'c'], dropped: ['b'], kept: ['d'] })
  })
})
