import { describe, expect, it, vi } from 'vitest'
import type { ViewRay } from '../../server/domain/call-view'
import {
  type ClientMessageInput,
  ClientMessageSchema,
  DirectMessageSchema,
  type RoomPayloadInput,
  RoomPayloadSchema,
  refusalReason,
  ServerMessageSchema,
} from '../../server/domain/realtime'
import { log } from '../../server/ops/log'
import { LocalBus } from '../../server/realtime/bus'
import { Hub } from '../../server/realtime/hub'

const escalationId = '3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b'
const ray: ViewRay = { origin: [0.1, 1.2, -0.1], direction: [0, -0.6, -0.8] }

/** One of every message a browser sends, in every variant the app uses. */
const clientMessages: ClientMessageInput[] = [
  { type: 'ping' },
  { type: 'signal', escalationId, data: { hello: true, cid: 'ab12cd34' } },
  {
    type: 'signal',
    escalationId,
    data: { description: { type: 'offer', sdp: 'v=0\r\n' }, cid: 'ab12cd34', to: null },
  },
  {
    type: 'signal',
    escalationId,
    data: {
      candidate: { candidate: 'candidate:1 1 udp 1 10.0.0.1 9 typ host', sdpMid: '0' },
      cid: 'ab12cd34',
      to: 'ef56gh78',
    },
  },
  { type: 'signal', escalationId, data: { candidate: null, cid: 'ab12cd34' } },
  { type: 'annotation', escalationId, mark: { kind: 'point', id: 'm1', x: 0.5, y: 0.25 } },
  {
    type: 'annotation',
    escalationId,
    mark: { kind: 'point', id: 'm2', x: 0.4, y: 0.6, frame: 1234, ray },
  },
  {
    type: 'annotation',
    escalationId,
    mark: {
      kind: 'stroke',
      id: 's1',
      points: [
        [0, 0],
        [1, 1],
      ],
    },
  },
  { type: 'annotation', escalationId, mark: { kind: 'clear' } },
  { type: 'goto_step', escalationId, stepId: 'remove-filter' },
  { type: 'chat', escalationId, text: 'Is the light blinking?' },
  { type: 'call_state', escalationId, state: 'video', view: 'ar_view' },
  { type: 'call_state', escalationId, state: 'audio_only', reason: 'ar' },
  { type: 'call_state', escalationId, state: 'failed' },
]

const snapshot = {
  id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  escalationId,
  type: 'image/webp',
  width: 1280,
  height: 720,
  size: 123_456,
  createdAt: '2026-12-01T10:00:00.000Z',
} as const

/** The queue's order, on the bus only: each instance sends its customers their `queue_position`. */
const queueOrder: RoomPayloadInput = {
  type: 'queue_order',
  agentsOnline: 1,
  waiting: [
    { escalationId, sessionId: 's-1', estimatedWaitSeconds: 120 },
    { escalationId, sessionId: 's-2', estimatedWaitSeconds: null },
  ],
}

/** A deactivated member's sockets close on it; it is never sent. */
const signedOut: RoomPayloadInput = { type: 'signed_out' }

/** One of every room payload the server sends on as it is. */
const roomPayloads: RoomPayloadInput[] = [
  { type: 'queue_changed', escalationId },
  { type: 'availability', agentsOnline: 0 },
  { type: 'callbacks_changed', callbackId: escalationId },
  { type: 'photo_added', escalationId, photoId: escalationId },
  { type: 'escalation', escalationId, status: 'active', agentName: 'Ada' },
  { type: 'escalation', escalationId, status: 'closed', resolution: 'dispatch_technician' },
  { type: 'snapshot', escalationId, from: 'agent', snapshot },
  ...clientMessages.flatMap((m): RoomPayloadInput[] =>
    m.type === 'ping' ? [] : [{ ...m, from: m.type === 'call_state' ? 'customer' : 'agent' }],
  ),
]

/** What the hub makes of the queue's order for one customer (in its envelope). */
const queuePosition = {
  type: 'queue_position',
  channel: 'waiting',
  seq: 7,
  escalationId,
  position: 2,
  estimatedWaitSeconds: 240,
  agentsOnline: 1,
} as const

const directMessages = [
  { type: 'hello', kind: 'customer', sessionId: escalationId },
  { type: 'hello', kind: 'agent', sessionId: null },
  { type: 'pong' },
  { type: 'error', code: 'not_in_call', escalationId, message: 'You are not part of this call.' },
  {
    type: 'error',
    code: 'invalid_message',
    message: 'text: Too big',
    fields: { text: ['Too big'] },
  },
]

/** Through JSON, as on the wire. */
const wire = (m: unknown): unknown => JSON.parse(JSON.stringify(m))
const typesOf = (schema: { _zod: { propValues?: Record<string, Set<unknown>> } }) =>
  [...(schema._zod.propValues?.type ?? [])].sort()

describe('the realtime contract', () => {
  it('has a sample here for every message type, so none goes untested', () => {
    expect([...new Set(clientMessages.map((m) => m.type))].sort()).toEqual(
      typesOf(ClientMessageSchema),
    )
    const sent = [...roomPayloads, ...directMessages, queuePosition]
    expect([...new Set(sent.map((m) => m.type))].sort()).toEqual(typesOf(ServerMessageSchema))
    expect(
      [...new Set([...roomPayloads, queueOrder, signedOut].map((m) => m.type))].sort(),
    ).toEqual(typesOf(RoomPayloadSchema))
  })

  it('carries the queue order on the bus and a place on the socket, not the other way round', () => {
    expect(RoomPayloadSchema.parse(wire(queueOrder))).toEqual(queueOrder)
    expect(ServerMessageSchema.parse(wire(queuePosition))).toEqual(queuePosition)
    expect(
      ServerMessageSchema.safeParse(wire({ ...queueOrder, channel: 'w', seq: 1 })).success,
    ).toBe(false)
  })

  it('round-trips every client message kind through JSON unchanged', () => {
    for (const m of clientMessages) expect(ClientMessageSchema.parse(wire(m))).toEqual(m)
  })

  it('round-trips every room message, bare on the bus and in its envelope on the socket', () => {
    for (const [i, p] of roomPayloads.entries()) {
      expect(RoomPayloadSchema.parse(wire(p))).toEqual(p)
      const sent = { channel: `session:${escalationId}`, seq: 1_764_000_000_000_000 + i, ...p }
      expect(ServerMessageSchema.parse(wire(sent))).toEqual(sent)
    }
  })

  it('round-trips the direct messages (hello, pong, error)', () => {
    for (const m of directMessages) {
      expect(DirectMessageSchema.parse(wire(m))).toEqual(m)
      expect(ServerMessageSchema.parse(wire(m))).toEqual(m)
    }
  })

  it('refuses a room message without its envelope on the socket', () => {
    const r = ServerMessageSchema.safeParse({ type: 'queue_changed', escalationId })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['channel', 'seq'])
  })

  it('drops keys the contract does not have (nothing unknown is passed on)', () => {
    const m = ClientMessageSchema.parse({
      type: 'signal',
      escalationId,
      data: { cid: 'a', secret: 'x'.repeat(100_000) },
      extra: 1,
    })
    expect(m).toEqual({ type: 'signal', escalationId, data: { cid: 'a' } })
  })

  const malformed: [string, unknown, string, RegExp][] = [
    ['not an object', 42, '', /JSON objects with a "type"/],
    ['null', null, '', /JSON objects with a "type"/],
    ['an unknown type', { type: 'shout' }, 'type', /Unknown type; one of ping, signal, .*chat/],
    ['no type', { escalationId }, 'type', /Unknown type/],
    ['a chat without text', { type: 'chat', escalationId }, 'text', /^text: /],
    ['an empty chat', { type: 'chat', escalationId, text: '' }, 'text', /^text: /],
    ['a chat too long', { type: 'chat', escalationId, text: 'x'.repeat(2001) }, 'text', /^text/],
    [
      'a call id that is no uuid',
      { type: 'chat', escalationId: 'e1', text: 'hi' },
      'escalationId',
      /^escalationId: /,
    ],
    [
      'a ray of two coordinates',
      {
        type: 'annotation',
        escalationId,
        mark: { kind: 'point', id: 'm', x: 0, y: 0, ray: { origin: [0, 0], direction: [0, 0, 1] } },
      },
      'mark.ray.origin',
      /^mark\.ray\.origin: /,
    ],
    [
      'a point off the picture',
      { type: 'annotation', escalationId, mark: { kind: 'point', id: 'm', x: 1.5, y: 0 } },
      'mark.x',
      /^mark\.x: /,
    ],
    [
      'an unknown mark kind',
      { type: 'annotation', escalationId, mark: { kind: 'circle' } },
      'mark.kind',
      /Unknown mark\.kind; one of point, stroke, clear/,
    ],
    [
      'a description of no known type',
      { type: 'signal', escalationId, data: { description: { type: 'bogus', sdp: '' } } },
      'data.description.type',
      /^data\.description\.type: /,
    ],
    [
      'an SDP over 100 kB',
      {
        type: 'signal',
        escalationId,
        data: { description: { type: 'offer', sdp: 'v'.repeat(100_001) } },
      },
      'data.description.sdp',
      /^data\.description\.sdp: /,
    ],
    [
      'a hello that is not true',
      { type: 'signal', escalationId, data: { hello: 'yes' } },
      'data.hello',
      /^data\.hello: /,
    ],
    ['a step with no id', { type: 'goto_step', escalationId, stepId: '' }, 'stepId', /^stepId: /],
    [
      'a call state of no known kind',
      { type: 'call_state', escalationId, state: 'exploded' },
      'state',
      /^state: /,
    ],
  ]

  it.each(malformed)('refuses %s, with where and why', (_name, message, path, reason) => {
    const r = ClientMessageSchema.safeParse(message)
    expect(r.success).toBe(false)
    const issues = r.error?.issues ?? []
    expect(issues[0]?.path.join('.')).toBe(path)
    expect(refusalReason(issues)).toMatch(reason)
  })

  it('types what a sender may send, so the compiler refuses a wrong shape', () => {
    // Each line would fail `npm run check` without its expect-error: the check is the test.
    // @ts-expect-error a chat needs its text
    const noText: ClientMessageInput = { type: 'chat', escalationId }
    // @ts-expect-error a mark's kind is point, stroke or clear
    const badMark: ClientMessageInput = { type: 'annotation', escalationId, mark: { kind: 'x' } }
    // @ts-expect-error the server says who a message is from; the client does not
    const withFrom: RoomPayloadInput = { type: 'queue_changed', escalationId, from: 'agent' }
    for (const m of [noText, badMark]) expect(ClientMessageSchema.safeParse(m).success).toBe(false)
    expect(RoomPayloadSchema.parse(withFrom)).toEqual({ type: 'queue_changed', escalationId })
  })

  it('delivers a room message in its envelope, and not one off the bus that is not in the contract', async () => {
    const bus = new LocalBus()
    const hub = new Hub(bus)
    const sent: string[] = []
    const channel = 'session:s1'
    await hub.add({
      kind: 'customer',
      sessionId: 's1',
      channels: new Set([channel]),
      socket: { send: (d) => sent.push(d), close: () => {} },
    })
    const logged = vi.spyOn(log, 'error').mockImplementation(() => {})
    // Straight onto the bus, as a peer instance of another version might: not a room message.
    await bus.publish(channel, { type: 'queue_position', escalationId, position: 'first' })
    await hub.publish(channel, { type: 'queue_changed', escalationId })
    await hub.close()
    expect(sent.map((t) => ServerMessageSchema.parse(JSON.parse(t)))).toEqual([
      { type: 'queue_changed', escalationId, channel, seq: expect.any(Number) },
    ])
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/is not a room message; not delivered/)
    logged.mockRestore()
  })

  it('hands each waiting customer its own place from one queue order, now and on a resume', async () => {
    const bus = new LocalBus()
    const hub = new Hub(bus)
    const e2 = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'
    const inbox = new Map<string, string[]>()
    const customer = (sessionId: string) => {
      const got: string[] = []
      inbox.set(sessionId, got)
      return {
        kind: 'customer' as const,
        sessionId,
        channels: new Set([`session:${sessionId}`, 'waiting']),
        socket: { send: (d: string) => got.push(d), close: () => {} },
      }
    }
    for (const id of ['s1', 's2', 'idle']) await hub.add(customer(id))
    const order: RoomPayloadInput = {
      type: 'queue_order',
      agentsOnline: 1,
      waiting: [
        { escalationId, sessionId: 's1', estimatedWaitSeconds: 60 },
        { escalationId: e2, sessionId: 's2', estimatedWaitSeconds: null },
      ],
    }
    await hub.publish('waiting', order)
    const places = (id: string) =>
      (inbox.get(id) ?? []).map((t) => {
        const m = ServerMessageSchema.parse(JSON.parse(t))
        return m.type === 'queue_position'
          ? [m.escalationId, m.position, m.estimatedWaitSeconds]
          : m
      })
    expect(places('s1')).toEqual([[escalationId, 1, 60]])
    expect(places('s2')).toEqual([[e2, 2, null]])
    expect(places('idle')).toEqual([])
    // s2 reconnects having seen nothing on `waiting`: it gets its place from the kept order.
    const first = ServerMessageSchema.parse(JSON.parse(inbox.get('s2')?.[0] ?? '{}'))
    const seq = 'seq' in first ? first.seq : 0
    await hub.add(customer('s2'), { waiting: seq - 1 })
    expect(places('s2')).toEqual([[e2, 2, null]])
    await hub.close()
  })
})
