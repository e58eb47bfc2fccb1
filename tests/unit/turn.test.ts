import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { iceServersFor } from '../../server/realtime/turn'

describe('TURN credentials (coturn use-auth-secret)', () => {
  it('mints an expiring username and its HMAC for TURN entries only', () => {
    const now = Date.UTC(2026, 10, 23)
    const servers = iceServersFor(
      [
        { urls: 'stun:stun.example.org' },
        { urls: ['turn:turn.example.org:3478', 'turns:turn.example.org:5349'] },
      ],
      'shared-secret-0123456789',
      'agent-1',
      600,
      now,
    )
    expect(servers[0]).toEqual({ urls: 'stun:stun.example.org' })
    const username = `${now / 1000 + 600}:agent-1`
    expect(servers[1]).toMatchObject({ username })
    expect(servers[1]?.credential).toBe(
      createHmac('sha1', 'shared-secret-0123456789').update(username).digest('base64'),
    )
  })
  it('passes servers through untouched without a secret', () => {
    const list = [{ urls: 'turn:t.example.org', username: 'u', credential: 'c' }]
    expect(iceServersFor(list, undefined, 'x')).toEqual(list)
  })
})
