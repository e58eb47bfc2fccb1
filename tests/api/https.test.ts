import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Agent, request } from 'undici'
import { afterAll, describe, expect, it } from 'vitest'
import { type RunningServer, spawnServer } from '../helpers/server'

const insecure = new Agent({ connect: { rejectUnauthorized: false } })
let server: RunningServer | undefined
afterAll(async () => {
  await server?.stop()
  await insecure.close()
})

describe('HTTPS on the LAN', () => {
  it('serves over TLS with a self-signed certificate made once in DATA_DIR, with HSTS', async () => {
    server = await spawnServer({ HTTPS: '1', LOG_REQUESTS: '0' })
    expect(server.url).toMatch(/^https:\/\//)
    const res = await request(`${server.url}/api/health`, { dispatcher: insecure })
    expect(res.statusCode).toBe(200)
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/)
    await res.body.text()
    const certFile = join(server.dataDir, 'tls', 'cert.pem')
    expect(existsSync(certFile)).toBe(true)
    const first = readFileSync(certFile, 'utf8')
    // A restart on the same data directory keeps the certificate (the phone's one-time warning stays accepted).
    const dataDir = server.dataDir
    await server.stop({ keepData: true })
    server = await spawnServer({ HTTPS: '1', LOG_REQUESTS: '0' }, dataDir)
    expect(readFileSync(certFile, 'utf8')).toBe(first)
    const s = server
    await expect
      .poll(() => s.output())
      .toMatch(/On a phone on this network, open https:\/\/|No LAN address found/)
  })
})
