/**
 * The client side of the queue fan-out bench (ws-fanout.ts), its own process so its memory and
 * event loop are not the servers': `node --import tsx tests/bench/ws-fanout-clients.ts <plan.json>`.
 * The plan names the instances' URLs, the sessions and the staff credentials; customer i connects
 * to instance i mod n, agent j to instance j mod n. Commands are JSON lines on stdin, each answered
 * by a JSON line on stdout:
 * - (on start) → `{ type: 'connected', customers, agents, failed, ms, errors }`;
 * - `{ cmd: 'round', accept, escalationId, expect }` → `{ type: 'round', ... }`: an agent accepts
 *   session `accept`'s help request over HTTP; every session in `expect` (waiting behind it, in
 *   queue order) must hear its new place (`queue_position` one less than before) and every agent
 *   the `queue_changed` for that escalation. Answers each delivery's latency from just before the
 *   accept was sent, and how many never arrived within the timeout;
 * - `{ cmd: 'status' }` → `{ type: 'status', open }`: sockets still open;
 * - `{ cmd: 'close' }`: closes every socket and exits.
 */
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import WebSocket from 'ws'

export type FanoutPlan = {
  urls: string[]
  sessions: { id: string; token: string }[]
  agents: number
  /** Staff headers (cookie, x-csrf-token, origin) of a signed-in agent. */
  staff: Record<string, string>
  timeoutMs: number
}

type Message = Record<string, unknown>
type Client = { ws: WebSocket; onMessage: ((m: Message) => void) | null; closed: boolean }

const plan = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as FanoutPlan
const OPENING = 200
const HELLO_TIMEOUT_MS = 30_000

const say = (m: object) => process.stdout.write(`${JSON.stringify(m)}\n`)
const wsBase = (i: number) =>
  `${(plan.urls[i % plan.urls.length] as string).replace(/^http/, 'ws')}/api/ws`

function open(url: string, headers?: Record<string, string>): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers })
    const client: Client = { ws, onMessage: null, closed: false }
    const timer = setTimeout(() => {
      ws.terminate()
      reject(new Error('no hello'))
    }, HELLO_TIMEOUT_MS)
    ws.on('message', (d) => {
      const m = JSON.parse(String(d)) as Message
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

/** Runs `task` over 0‥n-1, `width` at a time. */
async function pool(n: number, width: number, task: (i: number) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) await task(next++)
    }),
  )
}

const customers: (Client | null)[] = new Array(plan.sessions.length).fill(null)
const agents: Client[] = []
const errors = new Map<string, number>()
const failed = (err: unknown) => {
  const key = err instanceof Error ? err.message : String(err)
  errors.set(key, (errors.get(key) ?? 0) + 1)
}
const began = performance.now()
await pool(plan.agents, 20, async (j) => {
  try {
    agents.push(await open(wsBase(j), plan.staff))
  } catch (err) {
    failed(err)
  }
})
await pool(plan.sessions.length, OPENING, async (i) => {
  const s = plan.sessions[i] as { id: string; token: string }
  try {
    customers[i] = await open(`${wsBase(i)}?session=${s.id}&token=${s.token}`)
  } catch (err) {
    failed(err)
  }
})
const connected = customers.filter(Boolean).length
say({
  type: 'connected',
  customers: connected,
  agents: agents.length,
  failed: plan.sessions.length + plan.agents - connected - agents.length,
  ms: performance.now() - began,
  errors: Object.fromEntries(errors),
})

/** Resolves with the time `match` first accepted a message on `client`, or null after `ms`. */
function heard(client: Client | null, match: (m: Message) => boolean, t0: number) {
  return new Promise<number | null>((resolve) => {
    if (!client) return resolve(null)
    const timer = setTimeout(() => {
      client.onMessage = null
      resolve(null)
    }, plan.timeoutMs)
    client.onMessage = (m) => {
      if (!match(m)) return
      clearTimeout(timer)
      client.onMessage = null
      resolve(performance.now() - t0)
    }
  })
}

async function round(accept: number, escalationId: string, expect: number[]) {
  const t0 = performance.now()
  // Each waiting customer moves up one place: from k + 1 to k, counted from the front.
  const toCustomers = expect.map((i, k) =>
    heard(customers[i] ?? null, (m) => m.type === 'queue_position' && m.position === k + 1, t0),
  )
  const toAgents = agents.map((a) =>
    heard(a, (m) => m.type === 'queue_changed' && m.escalationId === escalationId, t0),
  )
  const res = await fetch(
    `${plan.urls[accept % plan.urls.length]}/api/agent/escalations/${escalationId}/accept`,
    { method: 'POST', headers: { ...plan.staff, 'content-type': 'application/json' }, body: '{}' },
  )
  const acceptMs = performance.now() - t0
  await res.arrayBuffer()
  const customerMs = await Promise.all(toCustomers)
  const agentMs = await Promise.all(toAgents)
  const got = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null)
  return {
    status: res.status,
    acceptMs,
    customerMs: got(customerMs),
    customersLost: customerMs.length - got(customerMs).length,
    agentMs: got(agentMs),
    agentsLost: agentMs.length - got(agentMs).length,
  }
}

for await (const line of createInterface({ input: process.stdin })) {
  const cmd = JSON.parse(line) as {
    cmd: string
    accept?: number
    escalationId?: string
    expect?: number[]
  }
  if (cmd.cmd === 'round')
    say({
      type: 'round',
      ...(await round(cmd.accept ?? 0, cmd.escalationId ?? '', cmd.expect ?? [])),
    })
  else if (cmd.cmd === 'status')
    say({
      type: 'status',
      open: customers.filter((c) => c && !c.closed).length + agents.filter((a) => !a.closed).length,
    })
  else if (cmd.cmd === 'close') break
}
for (const c of [...customers, ...agents]) c?.ws.terminate()
process.exit(0)
