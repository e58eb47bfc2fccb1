import { describe, expect, it } from 'vitest'
import configFor from '../../vite.config'

// The dev server serves web/api/*.ts at /api/*.ts; proxying those to the API server broke every page.
describe('the dev server proxy', () => {
  const proxy = configFor({ command: 'serve', mode: 'development' }).server?.proxy ?? {}
  const apiKey = Object.keys(proxy).find((k) => k.includes('/api'))
  const forwards = (path: string) => (apiKey ? new RegExp(apiKey).test(path) : false)

  it('forwards API calls and the WebSocket to the server', () => {
    expect(forwards('/api/products')).toBe(true)
    expect(forwards('/api/sessions/0b8f/events')).toBe(true)
    expect(forwards('/api/lookup?code=4006381333931')).toBe(true)
    expect(forwards('/api/ws')).toBe(true)
  })

  it('leaves the web/api source modules to Vite', () => {
    expect(forwards('/api/products.ts')).toBe(false)
    expect(forwards('/api/client.ts?t=1700000000000')).toBe(false)
    expect(forwards('/api/session-token.tsx')).toBe(false)
  })
})
