import { describe, expect, it } from 'vitest'
import { parseFrameAncestors, readEnv } from '../../server/env'
import { addStaff, client, makeTestApp } from '../helpers/app'

const frameAncestors = (res: Response) =>
  /frame-ancestors ([^;]+)/.exec(res.headers.get('content-security-policy') ?? '')?.[1]

describe('FRAME_ANCESTORS', () => {
  it("keeps every page unframeable by default ('none' and X-Frame-Options DENY)", async () => {
    const t = await makeTestApp()
    try {
      for (const path of ['/agent', '/login', '/studio', '/api/health']) {
        const res = await t.app.request(path)
        expect(frameAncestors(res)).toBe("'none'")
        expect(res.headers.get('x-frame-options')).toBe('DENY')
      }
    } finally {
      await t.close()
    }
  })

  it('lets the listed origins frame the agent console and its sign-in, and nothing else', async () => {
    const t = await makeTestApp({
      env: { FRAME_ANCESTORS: "'self' https://crm.example.com https://*.crm.example.net" },
    })
    try {
      for (const path of ['/agent', '/agent/', '/login']) {
        const res = await t.app.request(path)
        expect(frameAncestors(res)).toBe("'self' https://crm.example.com https://*.crm.example.net")
        expect(res.headers.get('x-frame-options')).toBeNull()
      }
      for (const path of ['/', '/studio', '/repair/x', '/agentx', '/agent/x', '/api/health']) {
        const res = await t.app.request(path)
        expect(frameAncestors(res)).toBe("'none'")
        expect(res.headers.get('x-frame-options')).toBe('DENY')
      }
    } finally {
      await t.close()
    }
  })

  it('makes staff cookies cross-site (SameSite=None, Partitioned) only over HTTPS', async () => {
    for (const [secure, expected] of [
      ['1', /SameSite=None/],
      ['0', /SameSite=Lax/],
    ] as const) {
      const t = await makeTestApp({
        env: { FRAME_ANCESTORS: 'https://crm.example.com', SECURE_COOKIES: secure },
      })
      try {
        t.deps.secure = secure === '1'
        const creds = await addStaff(t, 'agent')
        const res = await client(t.app).post('/api/auth/login', creds)
        const cookies = res.headers.getSetCookie()
        expect(cookies.length).toBe(2)
        for (const line of cookies) expect(line).toMatch(expected)
        if (secure === '1') for (const line of cookies) expect(line).toMatch(/Partitioned/)
      } finally {
        await t.close()
      }
    }
  })

  it('refuses values that are not plain origins or keywords', () => {
    expect(parseFrameAncestors("'none'")).toEqual(["'none'"])
    expect(parseFrameAncestors(" 'self'  https://a.example:8443 ")).toEqual([
      "'self'",
      'https://a.example:8443',
    ])
    for (const bad of [
      '',
      "'none' https://a.example",
      'https://a.example/path',
      '*',
      'https://a.example; script-src *',
      'https://a.example,https://b.example',
      'javascript:alert(1)',
      "'unsafe-inline'",
      'a.example',
    ])
      expect(parseFrameAncestors(bad), bad).toBeNull()
    expect(() => readEnv({ FRAME_ANCESTORS: 'https://a.example/x' })).toThrow(/FRAME_ANCESTORS/)
    expect(readEnv({}).FRAME_ANCESTORS).toEqual(["'none'"])
  })
})
