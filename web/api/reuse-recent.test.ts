import { afterEach, describe, expect, it, vi } from 'vitest'
import { reuseRecent } from './reuse-recent'

afterEach(() => {
  vi.useRealTimers()
})

describe('reuseRecent', () => {
  it('asks again without maxAgeMs, and takes a recent request, answered or not, with it', async () => {
    let calls = 0
    const read = reuseRecent(
      async (id: string) => `${id}#${++calls}`,
      (id) => id,
    )
    expect(await read(undefined, 'a')).toBe('a#1')
    expect(await read(undefined, 'a')).toBe('a#2')
    const pending = read(undefined, 'b')
    expect(read(5_000, 'b')).toBe(pending)
    expect(await read(5_000, 'a')).toBe('a#2')
  })

  it('asks again once the request is older than maxAgeMs', async () => {
    vi.useFakeTimers()
    let calls = 0
    const read = reuseRecent(
      async () => ++calls,
      () => 'k',
    )
    await read(undefined)
    vi.advanceTimersByTime(1_001)
    expect(await read(1_000)).toBe(2)
  })

  it('forgets a failed request, so that a retry asks again', async () => {
    let calls = 0
    const read = reuseRecent(
      async () => {
        calls += 1
        if (calls === 1) throw new Error('offline')
        return calls
      },
      () => 'k',
    )
    await expect(read(undefined)).rejects.toThrow('offline')
    expect(await read(60_000)).toBe(2)
  })
})
