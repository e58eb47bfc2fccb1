import { randomUUID } from 'node:crypto'
import { rmSync } from 'node:fs'
import { count, inArray } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../server/db/client'
import { sessionEvents } from '../../server/db/schema'
import { type RunningServer, spawnServer } from '../helpers/server'

let server: RunningServer | undefined
let dataDir = ''
afterAll(async () => {
  await server?.stop({ keepData: true })
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

type Batch = { id: string; type: 'step_view'; at: string; stepId: string }[]
const batch = (): Batch =>
  Array.from({ length: 25 }, () => ({
    id: randomUUID(),
    type: 'step_view' as const,
    at: new Date().toISOString(),
    stepId: 'a',
  }))

describe('crash safety', () => {
  it('SIGKILL during ingestion: every acknowledged event survives exactly once; the client resends the rest', async () => {
    const env = { LOG_REQUESTS: '0', RATE_LIMIT: '0' }
    server = await spawnServer(env)
    dataDir = server.dataDir
    const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const started = (await (
      await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ procedureId, mode: 'inline' }),
      })
    ).json()) as { id: string; token: string }
    const post = (url: string, events: Batch) =>
      fetch(`${url}/api/sessions/${started.id}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${started.token}` },
        body: JSON.stringify({ events }),
      })

    // A client sending batch after batch, four in flight at a time, until the server dies.
    const acked: Batch[] = []
    const unacked: Batch[] = []
    const url = server.url
    let killed = false
    const sender = async () => {
      while (!killed) {
        const b = batch()
        try {
          const res = await post(url, b)
          if (res.status === 200) acked.push(b)
          else unacked.push(b)
        } catch {
          unacked.push(b)
        }
      }
    }
    const senders = Array.from({ length: 4 }, sender)
    await new Promise((r) => setTimeout(r, 1500))
    server.child.kill('SIGKILL')
    killed = true
    await Promise.all(senders)
    await server.stop({ keepData: true })
    expect(acked.length).toBeGreaterThan(5)

    // Restart on the same directory (the dead process's lock is taken over) and resend what was
    // not acknowledged, as the client's outbox does.
    server = await spawnServer(env, dataDir)
    for (const b of unacked) {
      const res = await post(server.url, b)
      expect(res.status).toBe(200)
    }
    // Resending an acknowledged batch counts nothing twice.
    const again = (await (await post(server.url, acked[0] as Batch)).json()) as {
      accepted: number
      duplicates: number
    }
    expect(again).toMatchObject({ accepted: 0, duplicates: 25, rejected: 0 })
    await server.stop({ keepData: true })
    server = undefined

    const db = await openDatabase({ kind: 'pglite', dataDir })
    try {
      const ids = [...acked, ...unacked].flat().map((e) => e.id)
      const [row] = await db.db
        .select({ n: count() })
        .from(sessionEvents)
        .where(inArray(sessionEvents.id, ids))
      expect(row?.n).toBe(ids.length)
      const [total] = await db.db.select({ n: count() }).from(sessionEvents)
      expect(total?.n).toBe(ids.length)
    } finally {
      await db.close()
    }
  }, 120_000)

  it('SIGTERM closes WebSockets with a reconnect hint and exits cleanly', async () => {
    const s = await spawnServer({ LOG_REQUESTS: '0' })
    const { default: WebSocket } = await import('ws')
    const products = (await (await fetch(`${s.url}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const started = (await (
      await fetch(`${s.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          procedureId: products.products[0]?.procedures[0]?.id,
          mode: 'inline',
        }),
      })
    ).json()) as { id: string; token: string }
    const ws = new WebSocket(
      `${s.url.replace('http', 'ws')}/api/ws?session=${started.id}&token=${started.token}`,
    )
    await new Promise((r) => ws.once('message', r))
    const closed = new Promise<{ code: number; reason: string }>((r) =>
      ws.once('close', (code, reason) => r({ code, reason: String(reason) })),
    )
    const code = await s.stop()
    expect(await closed).toEqual({ code: 1012, reason: 'server restarting, reconnect' })
    expect(code).toBe(0)
  }, 60_000)
})
