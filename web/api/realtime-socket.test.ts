import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import type { ServerMessage } from '../../server/domain/realtime'
import { RealtimeSocket } from './realtime-socket'

const escalationId = '3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b'

/**
 * The browser's socket against a real WebSocket server (the `ws` package standing in for the
 * browser's WebSocket, which Node 20 lacks): what the server sends is what handlers get, parsed.
 */
async function serve(messages: string[]) {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise<void>((r) => wss.once('listening', () => r()))
  wss.on('connection', (ws) => {
    for (const m of messages) ws.send(m)
  })
  const { port } = wss.address() as AddressInfo
  vi.stubGlobal('WebSocket', WebSocket)
  vi.stubGlobal('window', { location: { href: `http://127.0.0.1:${port}/` } })
  return wss
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('RealtimeSocket', () => {
  it('closed with 4401 (signed out everywhere) says so and does not reconnect', async () => {
    const wss = await serve([])
    let connections = 0
    wss.on('connection', (ws) => {
      connections += 1
      ws.close(4401, 'signed out')
    })
    const socket = new RealtimeSocket('/api/ws')
    const states: string[] = []
    socket.onState((s) => states.push(s))
    const deadline = Date.now() + 5000
    while (!states.includes('signed_out') && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10))
    // Well past the first reconnect's delay (at most 375 ms): nobody came back.
    await new Promise((r) => setTimeout(r, 1000))
    socket.close()
    wss.close()
    expect(states).toContain('signed_out')
    expect(states).not.toContain('closed')
    expect(connections).toBe(1)
  })

  it('hands on parsed messages only: one that is not JSON or not in the contract is warned about and dropped', async () => {
    const room = (seq: number) => ({
      type: 'queue_position',
      escalationId,
      position: 2,
      estimatedWaitSeconds: 240,
      agentsOnline: 1,
      channel: 'session:s1',
      seq,
    })
    const wss = await serve([
      'not json',
      JSON.stringify({ type: 'queue_position', escalationId, position: 'second' }),
      JSON.stringify({ type: 'rumour' }),
      JSON.stringify(room(5)),
      JSON.stringify(room(5)),
      JSON.stringify({ type: 'pong' }),
    ])
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const socket = new RealtimeSocket('/api/ws')
    const got: ServerMessage[] = []
    socket.subscribe((m) => got.push(m))
    const deadline = Date.now() + 5000
    while (got.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10))
    socket.close()
    wss.close()
    // The one room message once (its number seen twice), then the pong; nothing else.
    expect(got).toEqual([room(5), { type: 'pong' }])
    expect(warn).toHaveBeenCalledTimes(3)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/not JSON/)
    expect(String(warn.mock.calls[1]?.[0])).toMatch(/not understood/)
  })
})
