import { describe, expect, it } from 'vitest'
import { EnvError, readEnv } from '../../server/env'

describe('configuration', () => {
  it('has sensible defaults', () => {
    const env = readEnv({})
    expect(env).toMatchObject({
      PORT: 8787,
      HOST: '0.0.0.0',
      DATA_DIR: './data',
      ICE_SERVERS: [],
      SEED: true,
    })
    expect(env.DATABASE_URL).toBeUndefined()
  })
  it('names every bad value', () => {
    let message = ''
    try {
      readEnv({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        ICE_SERVERS: '{nope',
        ADMIN_EMAIL: 'a@b.co',
      })
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError)
      message = (e as Error).message
    }
    expect(message).toMatch(/PORT/)
    expect(message).toMatch(/DATABASE_URL: must be a postgres/)
    expect(message).toMatch(/ICE_SERVERS: must be a JSON array/)
    expect(message).toMatch(/ADMIN_PASSWORD: set ADMIN_EMAIL and ADMIN_PASSWORD together/)
  })
  it('parses ICE servers', () => {
    const env = readEnv({ ICE_SERVERS: '[{"urls":"stun:stun.example.org:3478"}]' })
    expect(env.ICE_SERVERS).toEqual([{ urls: 'stun:stun.example.org:3478' }])
  })
})
