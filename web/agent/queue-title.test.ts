import { describe, expect, it } from 'vitest'
import { newlyWaiting, queueTitle } from './queue-title'

describe('the agent console tab title and alerts', () => {
  it('counts waiting customers in the title, and says nothing extra when none wait', () => {
    expect(queueTitle('Agent console', 2)).toBe('(2) Agent console')
    expect(queueTitle('Agent console', 0)).toBe('Agent console')
  })

  it('announces only customers who started waiting since the last look, never the first load', () => {
    const a = { id: 'a', status: 'waiting' }
    const b = { id: 'b', status: 'waiting' }
    const c = { id: 'c', status: 'active' }
    expect(newlyWaiting(null, [a, b])).toEqual([])
    expect(newlyWaiting(new Set(['a']), [a, b, c])).toEqual([b])
    expect(newlyWaiting(new Set(['a', 'b']), [a, b])).toEqual([])
  })
})
