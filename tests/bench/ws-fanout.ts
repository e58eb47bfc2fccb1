import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyServerDatabase } from '../helpers/db'
import { METRICS_TOKEN, type RunningServer, spawnServer } from '../helpers/server'
import type { Bench } from './list'
import { memory, metric, openFilesLimit, pool, startClients } from './ws-connections'
import type { FanoutPlan } from './ws-fanout-clients'

/** Sizes: the by default; smaller ones (FANOUT_CUSTOMERS=300 …) to try the bench out. */
const size = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(v) || v < 1) throw new Error(`${name} must be a positive integer`)
  return v
}
const TARGET_CUSTOMERS = 15_000
/**
 * Customers waiting for help: 2% of 15,000, the share ws-connections.ts has waiting (100 of
 * 5,000). Each queue change sends every one of them its place, one message each.
 */
const WAITING = 300
const INSTANCES = 3
const TARGET_P99_MS = 250
const ADMIN = { ADMIN_EMAIL: 'fanout@example.com', ADMIN_PASSWORD: 'fanout-password-1' }
const SECRET = 'fanout-bench-secret-0123456789abcdef'
const TIMEOUT_MS = 15_000

const pct = (sorted: number[], p: number) =>
  sorted.length
    ? (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number)
    : Number.NaN
const fmt = (v: number) => v.toFixed(1)

/**
 * Customers with a live WebSocket spread over three instances on one PostgreSQL, 100 agents signed
 * in on them too; some of the customers wait for help. Round after round, an agent accepts the
 * customer at the head of the queue: every customer behind must hear their new place and every
 * agent the queue change, whichever instance their socket is on.
 */
export async function wsFanoutBench(): Promise<Bench> {
  const customers = size('FANOUT_CUSTOMERS', TARGET_CUSTOMERS)
  const agents = size('FANOUT_AGENTS', 100)
  const waiting = Math.min(customers, size('FANOUT_WAITING', WAITING))
  const rounds = Math.min(waiting - 1, size('FANOUT_ROUNDS', 5))
  const adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('set TEST_DATABASE_URL: three instances share one PostgreSQL')
  const db = await emptyServerDatabase(adminUrl)
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-fanout-'))
  const env = {
    DATABASE_URL: db.url,
    SESSION_SECRET: SECRET,
    RATE_LIMIT: '0',
    LOG_REQUESTS: '0',
    METRICS_TOKEN,
  }
  const servers: RunningServer[] = []
  let clients: ReturnType<typeof startClients> | null = null
  try {
    // The first one migrates and seeds; the others join the same database.
    servers.push(await spawnServer({ ...env, ...ADMIN }))
    for (let i = 1; i < INSTANCES; i++) servers.push(await spawnServer({ ...env, SEED: '0' }))
    const urls = servers.map((s) => s.url)
    const perInstance = Math.ceil((customers + agents) / INSTANCES)
    for (const s of servers) {
      const limit = openFilesLimit(s.child.pid as number)
      if (limit < perInstance + 200)
        throw new Error(
          `an instance may open only ${limit} files; raise it (ulimit -n) above ${perInstance + 200}`,
        )
    }
    const base = urls[0] as string
    const products = (await (await fetch(`${base}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const procedure = (await (await fetch(`${base}/api/procedures/${procedureId}`)).json()) as {
      steps: { id: string }[]
    }
    const stepId = procedure.steps[0]?.id as string

    let t0 = performance.now()
    const sessions: { id: string; token: string }[] = new Array(customers)
    await pool(sessions, 16, async (_s, i) => {
      const res = await fetch(`${urls[i % INSTANCES]}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ procedureId, mode: 'inline' }),
      })
      if (res.status !== 201) throw new Error(`POST /api/sessions answered ${res.status}`)
      const { id, token } = (await res.json()) as { id: string; token: string }
      sessions[i] = { id, token }
    })
    console.log(`  ${customers} sessions started in ${fmt((performance.now() - t0) / 1000)} s`)

    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
    })
    if (login.status !== 200) throw new Error(`sign-in answered ${login.status}`)
    const cookies = login.headers.getSetCookie().map((k) => k.split(';')[0] as string)
    const csrf = cookies.find((k) => k.startsWith('fp_csrf='))?.slice('fp_csrf='.length) ?? ''
    const plan: FanoutPlan = {
      urls,
      sessions,
      agents,
      staff: { cookie: cookies.join('; '), 'x-csrf-token': csrf },
      timeoutMs: TIMEOUT_MS,
    }
    const file = join(dir, 'plan.json')
    writeFileSync(file, JSON.stringify(plan))

    t0 = performance.now()
    clients = startClients('tests/bench/ws-fanout-clients.ts', [file], 600_000)
    const connected = await clients.next()
    const connectSeconds = (performance.now() - t0) / 1000
    console.log(
      `  connected: ${connected.customers} customers, ${connected.agents} agents, ${connected.failed} failed in ${fmt(connectSeconds)} s` +
        (Number(connected.failed) > 0 ? ` (${JSON.stringify(connected.errors)})` : ''),
    )
    const hubs = await Promise.all(urls.map((u) => metric(u, 'fixpoint_websocket_connections')))
    console.log(`  sockets in each instance's hub: ${hubs.join(', ')}`)

    // The first `waiting` customers ask for help, in order, once their socket is open (so none
    // is swept from the queue as away); each on the instance its socket is on.
    t0 = performance.now()
    const escalationIds: string[] = []
    for (let i = 0; i < waiting; i++) {
      const s = sessions[i] as { id: string; token: string }
      const res = await fetch(`${urls[i % INSTANCES]}/api/sessions/${s.id}/escalation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ stepId, timeOnStepMs: 1000, path: [stepId], mode: 'inline' }),
      })
      if (res.status !== 201) throw new Error(`POST …/escalation answered ${res.status}`)
      const { escalation } = (await res.json()) as { escalation: { id: string } }
      escalationIds.push(escalation.id)
    }
    console.log(`  ${waiting} waiting in ${fmt((performance.now() - t0) / 1000)} s`)
    // Let the last announcements drain before timing anything.
    await new Promise((r) => setTimeout(r, 3000))

    const customerMs: number[] = []
    const agentMs: number[] = []
    let customersLost = 0
    let agentsLost = 0
    let expected = 0
    for (let r = 0; r < rounds; r++) {
      const expect = Array.from({ length: waiting - r - 1 }, (_, k) => r + 1 + k)
      expected += expect.length
      const out = await clients.ask({
        cmd: 'round',
        accept: r,
        escalationId: escalationIds[r],
        expect,
      })
      if (out.status !== 200) throw new Error(`accept answered ${out.status}`)
      const c = out.customerMs as number[]
      const a = out.agentMs as number[]
      customerMs.push(...c)
      agentMs.push(...a)
      customersLost += Number(out.customersLost)
      agentsLost += Number(out.agentsLost)
      const sorted = [...c].sort((x, y) => x - y)
      console.log(
        `  round ${r + 1}: accept answered in ${fmt(Number(out.acceptMs))} ms; ${c.length} of ${expect.length} waiting told (p50 ${fmt(pct(sorted, 50))}, p99 ${fmt(pct(sorted, 99))}, max ${fmt(sorted.at(-1) ?? Number.NaN)} ms), ${a.length} of ${agents} agents`,
      )
      await new Promise((r) => setTimeout(r, 1000))
    }
    customerMs.sort((x, y) => x - y)
    agentMs.sort((x, y) => x - y)
    const status = await clients.ask({ cmd: 'status' })
    const rss = servers.map((s) => memory(s.child.pid as number).rss)
    const held = Number(connected.customers)
    const lost = customersLost + agentsLost
    const p99 = pct(customerMs, 99)
    const figures: Record<string, number> = {
      'customers connected': held,
      'agents connected': Number(connected.agents),
      'connection failures': Number(connected.failed),
      'connect seconds': connectSeconds,
      'sockets in the hubs': hubs.reduce((a, b) => a + b, 0),
      'customers waiting': waiting,
      'queue changes (accepts)': rounds,
      'deliveries expected to waiting customers': expected,
      'customer delivery p50 ms': pct(customerMs, 50),
      'customer delivery p99 ms': p99,
      'customer delivery max ms': customerMs.at(-1) ?? Number.NaN,
      'customer deliveries lost': customersLost,
      'agent delivery p50 ms': pct(agentMs, 50),
      'agent delivery p99 ms': pct(agentMs, 99),
      'agent deliveries lost': agentsLost,
      'sockets still open at the end': Number(status.open),
      'server RSS per instance MB (max)': Math.max(...rss),
    }
    return {
      name: 'queue change fan-out: WebSocket customers and agents across three instances',
      method: `Three server processes (rate limits and request log off) on one fresh PostgreSQL database, ${customers} repair sessions started, then from a separate client process (its open-file limit raised) ${customers} customer sockets and ${agents} agent sockets (one signed-in admin, as ${agents} consoles) open and greeted, customer i on instance i mod 3, agent j on instance j mod 3, directly (not through nginx). The first ${waiting} customers then ask for help, in order, each on its own socket's instance, and the queue settles for 3 s. ${rounds} times, an agent accepts the customer at the head of the queue (POST …/accept, on the instance that customer is on); every customer still waiting behind must hear its new place (queue_position one less) and every agent the queue_changed. Latency is from just before the accept is sent to the message's arrival in the client process (one Node process handling every socket, so its own event loop is included); a delivery not there within ${TIMEOUT_MS / 1000} s is lost. p50/p99 are over all customer deliveries of all rounds. The app publishes a queue change as two bus messages whatever the queue's length (announceQueueChange: queue_changed for agents, and the whole order on room "waiting", which each instance turns into one queue_position per waiting customer's socket it holds); the default number waiting, 300, is 2% of 15,000, the share ws-connections.ts has waiting. Sizes: FANOUT_CUSTOMERS, FANOUT_AGENTS, FANOUT_WAITING, FANOUT_ROUNDS.`,
      figures,
      target: `${TARGET_CUSTOMERS} customers and 100 agents connected; queue change delivered to every waiting customer, p99 ≤ ${TARGET_P99_MS} ms, 0 lost`,
      met:
        customers >= TARGET_CUSTOMERS &&
        agents >= 100 &&
        held === customers &&
        Number(connected.agents) === agents &&
        lost === 0 &&
        p99 <= TARGET_P99_MS,
    }
  } finally {
    await clients?.stop()
    for (const s of servers) await s.stop()
    await db.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}
