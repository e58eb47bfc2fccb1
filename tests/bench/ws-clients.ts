/**
 * The client side of the WebSocket bench, run as its own process so its memory is not the
 * server's: `node --import tsx tests/bench/ws-clients.ts <ws url> <sessions.json>`. Opens one
 * customer socket per session, then takes commands as JSON lines on stdin and answers each as a
 * JSON line on stdout:
 * - (on start) → `{ type: 'connected', ok, failed, ms, errors }`: every socket open and greeted;
 * - `{ cmd: 'ping' }` → `{ type: 'pinged', ok, failed, p50, p99, max }`: a ping round trip on
 *   every socket, 200 at a time;
 * - `{ cmd: 'fanout', cancel, expect }` → `{ type: 'fanout', received, expected, p50, max }`:
 *   session `cancel` withdraws its help request over HTTP; every session in `expect` (waiting
 *   behind it) must hear its new queue position on its socket;
 * - `{ cmd: 'close' }`: closes every socket and exits.
 */
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import WebSocket from 'ws'

type Session = { id: string; token: string }
type Client = {
  session: Session
  ws: WebSocket
  /** Resolves the pending wait, if any, with each message. */
  onMessage: ((m: Record<string, unknown>) => void) | null
  closed: boolean
}

const [url, file] = process.argv.slice(2) as [string, string]
const sessions = JSON.parse(readFileSync(file, 'utf8')) as Session[]
const OPENING = 200
const HELLO_TIMEOUT_MS = 20_000

const say = (m: object) => process.stdout.write(`${JSON.stringify(m)}\n`)
const pct = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number)
    : Number.NaN

/** Runs `task` over `items`, `width` at a time. */
async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await task(items[next++] as T)
    }),
  )
}

function open(session: Session): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}?session=${session.id}&token=${session.token}`)
    const client: Client = { session, ws, onMessage: null, closed: false }
    const timer = setTimeout(() => {
      ws.terminate()
      reject(new Error('no hello'))
    }, HELLO_TIMEOUT_MS)
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as Record<string, unknown>
      if (m.type === 'hello') {
        clearTimeout(timer)
        resolve(client)
      }
      client.onMessage?.(m)
    })
    ws.on('close', () => {
      client.closed = true
    })
    ws.once('unexpected-response', (_q, res) => {
      clearTimeout(timer)
      reject(new Error(`HTTP ${res.statusCode}`))
    })
    ws.once('error', (err) => {
      clearTimeout(timer)
      reject(err)
    })
  })
}

/** Resolves with the first message on `client` that `match` accepts. */
function waitFor(client: Client, match: (m: Record<string, unknown>) => boolean, ms: number) {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      client.onMessage = null
      reject(new Error('timeout'))
    }, ms)
    client.onMessage = (m) => {
      if (!match(m)) return
      clearTimeout(timer)
      client.onMessage = null
      resolve()
    }
  })
}

const clients: Client[] = []
const errors = new Map<string, number>()
const began = performance.now()
await pool(sessions, OPENING, async (s) => {
  try {
    clients.push(await open(s))
  } catch (err) {
    const key = err instanceof Error ? err.message : String(err)
    errors.set(key, (errors.get(key) ?? 0) + 1)
  }
})
say({
  type: 'connected',
  ok: clients.length,
  failed: sessions.length - clients.length,
  ms: performance.now() - began,
  errors: Object.fromEntries(errors),
})

async function ping() {
  const rtts: number[] = []
  let failed = 0
  await pool(clients, 200, async (c) => {
    const t0 = performance.now()
    const pong = waitFor(c, (m) => m.type === 'pong', 10_000)
    c.ws.send(JSON.stringify({ type: 'ping' }))
    try {
      await pong
      rtts.push(performance.now() - t0)
    } catch {
      failed++
    }
  })
  rtts.sort((a, b) => a - b)
  return { ok: rtts.length, failed, p50: pct(rtts, 50), p99: pct(rtts, 99), max: rtts.at(-1) }
}

async function fanout(cancel: number, expect: number[]) {
  const byId = new Map(clients.map((c) => [c.session.id, c]))
  const waiting = expect.map((i) => byId.get(sessions[i]?.id ?? ''))
  const t0 = performance.now()
  const arrivals: number[] = []
  // Each one moves up a place: it hears the position it now has.
  const heard = waiting.map((c, place) =>
    c
      ? waitFor(c, (m) => m.type === 'queue_position' && m.position === place + 1, 15_000).then(
          () => {
            arrivals.push(performance.now() - t0)
          },
          () => {},
        )
      : Promise.resolve(),
  )
  const s = sessions[cancel] as Session
  const res = await fetch(
    `${url.replace(/^ws/, 'http').replace(/\/api\/ws$/, '')}/api/sessions/${s.id}/escalation`,
    {
      method: 'DELETE',
      headers: { authorization: `Bearer ${s.token}` },
    },
  )
  await Promise.all(heard)
  arrivals.sort((a, b) => a - b)
  return {
    status: res.status,
    received: arrivals.length,
    expected: expect.length,
    p50: pct(arrivals, 50),
    max: arrivals.at(-1) ?? Number.NaN,
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  const cmd = JSON.parse(line) as { cmd: string; cancel?: number; expect?: number[] }
  if (cmd.cmd === 'ping') say({ type: 'pinged', ...(await ping()) })
  else if (cmd.cmd === 'fanout')
    say({ type: 'fanout', ...(await fanout(cmd.cancel ?? 0, cmd.expect ?? [])) })
  else if (cmd.cmd === 'status')
    say({ type: 'status', open: clients.filter((c) => !c.closed).length })
  else if (cmd.cmd === 'close') break
}
for (const c of clients) c.ws.terminate()
process.exit(0)
