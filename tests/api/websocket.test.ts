import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, spawnServer } from '../helpers/server'
import { wsClient } from '../helpers/ws-client'

let server: RunningServer
let session: { id: string; token: string }
beforeAll(async () => {
  server = await spawnServer({ ADMIN_EMAIL: 'ws@example.com', ADMIN_PASSWORD: 'ws-password-1' })
  const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
    products: { procedures: { id: string }[] }[]
  }
  const procedureId = products.products[0]?.procedures[0]?.id
  const res = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedureId, mode: 'inline' }),
  })
  session = (await res.json()) as { id: string; token: string }
})
afterAll(async () => {
  await server?.stop()
})

function open(path: string, headers?: Record<string, string>) {
  const url = `${server.url.replace('http', 'ws')}${path}`
  // Node 20's WebSocket has no headers option; the ws package does.
  return import('ws').then(({ WebSocket }) => new WebSocket(url, { headers }))
}

function firstMessage(ws: Awaited<ReturnType<typeof open>>) {
  return new Promise<unknown>((resolve, reject) => {
    ws.once('message', (d) => resolve(JSON.parse(String(d))))
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
    ws.once('error', reject)
  })
}

describe('the WebSocket', () => {
  it('greets a customer holding the session token and answers ping', async () => {
    const ws = await open(`/api/ws?session=${session.id}&token=${session.token}`)
    expect(await firstMessage(ws)).toEqual({
      type: 'hello',
      kind: 'customer',
      sessionId: session.id,
    })
    ws.send(JSON.stringify({ type: 'ping' }))
    expect(await firstMessage(ws)).toEqual({ type: 'pong' })
    ws.close()
  })

  it('refuses a wrong token (403) and no credentials (401)', async () => {
    await expect(
      firstMessage(await open(`/api/ws?session=${session.id}&token=nope`)),
    ).rejects.toThrow('HTTP 403')
    await expect(firstMessage(await open('/api/ws'))).rejects.toThrow('HTTP 401')
  })

  it('greets staff by their cookie, and only from our own origin', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ws@example.com', password: 'ws-password-1' }),
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const ws = await open('/api/ws', { cookie, origin: server.url })
    expect(await firstMessage(ws)).toMatchObject({ type: 'hello', kind: 'admin' })
    ws.close()
    const foreign = await open('/api/ws', { cookie, origin: 'https://evil.example' })
    await expect(firstMessage(foreign)).rejects.toThrow('HTTP 403')
  })

  it('answers each malformed message with an error saying why, and the socket stays usable', async () => {
    const ws = await wsClient(
      `${server.url.replace('http', 'ws')}/api/ws?session=${session.id}&token=${session.token}`,
    )
    await ws.next({ type: 'hello' })
    const errors = () => ws.messages.filter((m) => m.type === 'error')
    const answer = async (raw: string) => {
      const before = errors().length
      ws.ws.send(raw)
      const end = Date.now() + 5000
      while (errors().length === before && Date.now() < end)
        await new Promise((r) => setTimeout(r, 20))
      return errors()[before]
    }
    expect(await answer('{"type": "ping"')).toEqual({
      type: 'error',
      code: 'malformed_json',
      message: 'Messages are JSON objects with a "type".',
    })
    expect(await answer('[1, 2]')).toMatchObject({
      code: 'invalid_message',
      message: 'Messages are JSON objects with a "type".',
    })
    expect(await answer(JSON.stringify({ type: 'shout', text: 'hi' }))).toMatchObject({
      code: 'invalid_message',
      message:
        'Unknown type; one of ping, signal, annotation, goto_step, chat, call_state is expected.',
    })
    const chat = await answer(JSON.stringify({ type: 'chat', escalationId: 'nope', text: '' }))
    expect(chat).toMatchObject({ type: 'error', code: 'invalid_message' })
    expect(chat?.message).toMatch(/^escalationId: Invalid UUID/)
    expect(Object.keys(chat?.fields as object).sort()).toEqual(['escalationId', 'text'])
    const mark = await answer(
      JSON.stringify({
        type: 'annotation',
        escalationId: '3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b',
        mark: { kind: 'point', id: 'm1', x: 2, y: 0.5 },
      }),
    )
    expect(mark?.message).toMatch(/^mark\.x: Too big: expected number to be <=1/)
    // The same socket still answers: nothing was closed or lost.
    ws.send({ type: 'ping' })
    await ws.next({ type: 'pong' })
    expect(ws.ws.readyState).toBe(ws.ws.OPEN)
    expect(errors()).toHaveLength(5)
    ws.close()
  })

  it('a deactivated member’s open socket closes at once (4401) and cannot reconnect', async () => {
    const cookieOf = (res: Response) =>
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
    const json = { 'content-type': 'application/json', origin: server.url }
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'ws@example.com', password: 'ws-password-1' }),
    })
    const admin = cookieOf(login)
    const csrf = /fp_csrf=([^;]+)/.exec(admin)?.[1] ?? ''
    const asAdmin = { ...json, cookie: admin, 'x-csrf-token': csrf }
    // No SMTP_URL here: the invitation link comes back to the admin, who passes it on.
    const invited = (await (
      await fetch(`${server.url}/api/admin/users`, {
        method: 'POST',
        headers: asAdmin,
        body: JSON.stringify({ email: 'gone@example.com', role: 'agent' }),
      })
    ).json()) as { user: { id: string }; sent: { link: string } }
    const token = invited.sent.link.split('#token=')[1]
    const joined = await fetch(`${server.url}/api/auth/password`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ token, password: 'agent-password-1' }),
    })
    expect(joined.status).toBe(200)
    const agent = cookieOf(joined)
    const ws = await open('/api/ws', { cookie: agent, origin: server.url })
    expect(await firstMessage(ws)).toMatchObject({ type: 'hello', kind: 'agent' })
    const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)))
    const off = await fetch(`${server.url}/api/admin/users/${invited.user.id}`, {
      method: 'PATCH',
      headers: asAdmin,
      body: JSON.stringify({ active: false }),
    })
    expect(off.status).toBe(200)
    expect(await closed).toBe(4401)
    const again = await open('/api/ws', { cookie: agent, origin: server.url })
    await expect(firstMessage(again)).rejects.toThrow('HTTP 401')
  })

  it('answers a plain GET with 426 and the error contract', async () => {
    const res = await fetch(`${server.url}/api/ws?session=${session.id}&token=${session.token}`)
    expect(res.status).toBe(426)
    expect(await res.json()).toMatchObject({ error: { code: 'upgrade_required' } })
  })
})
