import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { agentSockets, users } from '../../server/db/schema'
import { AgentPresence } from '../../server/realtime/agent-presence'
import type { Peer } from '../../server/realtime/hub'
import { agentsOnline } from '../../server/services/presence'
import { addStaff, makeTestApp, type TestApp } from '../helpers/app'

/**
 * A presence round, in process: a console whose row was swept while its instance could not stamp
 * (the database was away) is recorded again by the next round, and customers hear the count.
 */
let t: TestApp
beforeAll(async () => {
  t = await makeTestApp({ env: { QUEUE_GRACE_SECONDS: '4' } })
})
afterAll(() => t.close())

describe('presence rounds', () => {
  it('record a live console again after its row was swept, and announce it', async () => {
    await addStaff(t, 'agent', 'round@example.com')
    const [user] = await t.deps.db.select().from(users).where(eq(users.email, 'round@example.com'))
    if (!user) throw new Error('no user')
    const heard: string[] = []
    const customer: Peer = {
      kind: 'customer',
      sessionId: crypto.randomUUID(),
      channels: new Set(['availability']),
      socket: { send: (d) => heard.push(d), close: () => {} },
    }
    const agentConsole: Peer = {
      kind: 'agent',
      userId: user.id,
      socketId: crypto.randomUUID(),
      channels: new Set(['queue']),
      socket: { send: () => {}, close: () => {} },
    }
    await t.deps.hub.add(customer)
    await t.deps.hub.add(agentConsole)
    const rounds = new AgentPresence(t.deps)
    await rounds.tick()
    expect(await agentsOnline(t.deps.db, 3000)).toBe(1)
    expect(heard.map((d) => JSON.parse(d))).toMatchObject([
      { type: 'availability', agentsOnline: 1 },
    ])

    // Swept elsewhere while this instance could not stamp it: the next round puts it back.
    await t.deps.db.delete(agentSockets)
    expect(await agentsOnline(t.deps.db, 3000)).toBe(0)
    await rounds.tick()
    expect(await agentsOnline(t.deps.db, 3000)).toBe(1)
    expect(heard).toHaveLength(2)

    // A round with nothing changed says nothing.
    await rounds.tick()
    expect(heard).toHaveLength(2)
  })
})
