/**
 * `npm run bench:load`: N simulated customers (default 500, `--customers N`) on loopback for three
 * rounds of 60 s (`--seconds S`) with the real mix: read the product (a QR's deep link), start a session,
 * post event batches as they walk the steps, now and then ask for help. Prints throughput, p50/p99
 * latency, errors and the server's memory at the end of each round.
 */
import { parseArgs } from 'node:util'
import { Agent, request } from 'undici'
import { fetchMetrics, METRICS_TOKEN, spawnServer } from '../helpers/server'

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '3' },
  },
})
const CUSTOMERS = Number(values.customers)
const SECONDS = Number(values.seconds)
const ROUNDS = Number(values.rounds)

const server = await spawnServer({ LOG_REQUESTS: '0', RATE_LIMIT: '0', METRICS_TOKEN })
const agent = new Agent({ connections: 256, keepAliveTimeout: 30_000 })
const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
  products: { id: string; procedures: { id: string; version: number; steps: number }[] }[]
}
const procs = products.products.flatMap((p) =>
  p.procedures.map((proc) => ({ ...proc, productId: p.id })),
)

let latencies: number[] = []
let errors = 0
let requests = 0

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const t0 = performance.now()
  try {
    const res = await request(`${server.url}${path}`, {
      method: method as 'GET' | 'POST',
      dispatcher: agent,
      headers: body ? { 'content-type': 'application/json', ...headers } : headers,
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await res.body.text()
    latencies.push(performance.now() - t0)
    requests++
    if (res.statusCode >= 400) {
      errors++
      return null
    }
    return text ? JSON.parse(text) : null
  } catch {
    errors++
    requests++
    return null
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** One customer: product, session, a batch of events every ~2 s, help in 2% of sessions. */
async function customer(until: number) {
  while (Date.now() < until) {
    const proc = procs[Math.floor(Math.random() * procs.length)]
    if (!proc) return
    await call('GET', `/api/products/${proc.productId}`)
    const s = (await call('POST', '/api/sessions', { procedureId: proc.id, mode: 'inline' })) as {
      id: string
      token: string
      procedure: { steps: { id: string }[] }
    } | null
    if (!s) continue
    const auth = { authorization: `Bearer ${s.token}` }
    for (const step of s.procedure.steps) {
      if (Date.now() >= until) return
      await sleep(1500 + Math.random() * 1000)
      const at = new Date().toISOString()
      await call(
        'POST',
        `/api/sessions/${s.id}/events`,
        {
          events: [
            { id: crypto.randomUUID(), type: 'step_view', at, stepId: step.id },
            { id: crypto.randomUUID(), type: 'step_complete', at, stepId: step.id },
          ],
        },
        auth,
      )
      if (Math.random() < 0.002)
        await call(
          'POST',
          `/api/sessions/${s.id}/escalation`,
          { stepId: step.id, timeOnStepMs: 60_000, path: [step.id], mode: 'inline' },
          auth,
        )
    }
    await call(
      'POST',
      `/api/sessions/${s.id}/outcome`,
      { outcome: Math.random() < 0.8 ? 'fixed' : 'not_fixed' },
      auth,
    )
  }
}

async function memory() {
  const text = await fetchMetrics(server.url)
  const rss = Number(/process_resident_memory_bytes (\d+)/.exec(text)?.[1] ?? 0)
  return rss / 2 ** 20
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

console.log(`${CUSTOMERS} simulated customers, ${ROUNDS} rounds of ${SECONDS} s, embedded database`)
let failed = false
for (let round = 1; round <= ROUNDS; round++) {
  latencies = []
  errors = 0
  requests = 0
  const until = Date.now() + SECONDS * 1000
  const start = performance.now()
  // Customers arrive over the first two seconds rather than all at once.
  await Promise.all(
    Array.from({ length: CUSTOMERS }, async (_, i) => {
      await sleep((i / CUSTOMERS) * 2000)
      await customer(until)
    }),
  )
  const elapsed = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const p99 = pct(latencies, 99)
  const mem = await memory()
  console.log(
    `round ${round}: ${(requests / elapsed).toFixed(0)} req/s, p50 ${pct(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ${errors} errors, server RSS ${mem.toFixed(0)} MiB`,
  )
  if (errors > 0 || p99 >= 100) failed = true
}
console.log(
  `targets (0 errors, p99 < 100 ms, memory flat across rounds): ${failed ? 'MISSED' : 'met'}`,
)
await agent.close()
await server.stop()
process.exit(failed ? 1 : 0)
