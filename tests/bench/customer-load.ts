import { randomUUID } from 'node:crypto'
import { Agent, request } from 'undici'

/** What a customer needs to know to walk a repair: the product, its procedure and step ids. */
export type CustomerPlan = { productId: string; procedureId: string; stepIds: string[] }

export type Trial = {
  /** Customers started per second. */
  rate: number
  customers: number
  requests: number
  errors: number
  p50: number
  p99: number
  /** The first few error messages, to say why a trial failed. */
  why: string[]
}

const BATCHES = 10
const EVENTS_PER_BATCH = 10

function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/**
 * One customer, as the web app does it, with no think time: the deep link's product read, session
 * start, session read, 10 event batches of 10 events, the outcome. `base` is the server (or the
 * load balancer) to use; every request's latency and every non-2xx go to `record`.
 */
async function customer(
  base: string,
  plan: CustomerPlan,
  agent: Agent,
  record: (ms: number, error: string | null) => void,
) {
  const call = async (method: 'GET' | 'POST', path: string, body?: unknown, token?: string) => {
    const t0 = performance.now()
    try {
      const headers: Record<string, string> = {}
      if (body !== undefined) headers['content-type'] = 'application/json'
      if (token) headers.authorization = `Bearer ${token}`
      const res = await request(`${base}${path}`, {
        method,
        dispatcher: agent,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const text = await res.body.text()
      const ok = res.statusCode >= 200 && res.statusCode < 300
      record(performance.now() - t0, ok ? null : `${method} ${path} ${res.statusCode}`)
      return ok ? (JSON.parse(text) as unknown) : null
    } catch (e) {
      record(performance.now() - t0, `${method} ${path}: ${e instanceof Error ? e.message : e}`)
      return null
    }
  }
  if (!(await call('GET', `/api/products/${plan.productId}`))) return
  const started = (await call('POST', '/api/sessions', {
    procedureId: plan.procedureId,
    mode: 'inline',
  })) as { id: string; token: string } | null
  if (!started) return
  const { id, token } = started
  if (!(await call('GET', `/api/sessions/${id}`, undefined, token))) return
  for (let b = 0; b < BATCHES; b++) {
    const at = new Date().toISOString()
    const events = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => {
      const stepId = plan.stepIds[(b * EVENTS_PER_BATCH + i) % plan.stepIds.length]
      return { id: randomUUID(), type: i % 2 ? 'step_complete' : 'step_view', at, stepId }
    })
    if (!(await call('POST', `/api/sessions/${id}/events`, { events }, token))) return
  }
  await call('POST', `/api/sessions/${id}/outcome`, { outcome: 'fixed' }, token)
}

/**
 * Open-loop arrival: customers start at `rate` per second for `seconds`, evenly spaced, whether or
 * not earlier ones have finished (as real customers do), spread round robin over `bases`. Latency
 * is per request, from send to the last byte of the answer.
 */
export async function trial(
  bases: string[],
  plan: CustomerPlan,
  rate: number,
  seconds: number,
): Promise<Trial> {
  const agent = new Agent({ connections: 1024, pipelining: 1, keepAliveTimeout: 10_000 })
  const latencies: number[] = []
  const why: string[] = []
  let errors = 0
  const record = (ms: number, error: string | null) => {
    latencies.push(ms)
    if (error) {
      errors++
      if (why.length < 3) why.push(error)
    }
  }
  const total = Math.max(1, Math.round(rate * seconds))
  const running: Promise<void>[] = []
  const start = performance.now()
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 1) await new Promise((r) => setTimeout(r, wait))
    running.push(customer(bases[i % bases.length] as string, plan, agent, record))
  }
  await Promise.all(running)
  await agent.close()
  latencies.sort((a, b) => a - b)
  return {
    rate,
    customers: total,
    requests: latencies.length,
    errors,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    why,
  }
}

export const passes = (t: Trial, p99Ms: number) => t.errors === 0 && t.p99 <= p99Ms

/**
 * The highest arrival rate (customers/s) that holds p99 ≤ `p99Ms` with no errors: doubling from
 * `from` until a trial fails, then halving the gap between the last pass and the first failure
 * `steps` times. Every trial is logged.
 */
export async function maxRate(
  label: string,
  bases: string[],
  plan: CustomerPlan,
  opts: { p99Ms: number; seconds: number; from: number; steps: number },
): Promise<{ rate: number; at: Trial | null }> {
  const run = async (rate: number) => {
    const t = await trial(bases, plan, rate, opts.seconds)
    console.log(
      `  ${label}: ${rate.toFixed(1)} customers/s → p50 ${t.p50.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms, ${t.errors} errors${t.why.length ? ` (${t.why.join('; ')})` : ''}: ${passes(t, opts.p99Ms) ? 'holds' : 'fails'}`,
    )
    // A moment for the server to finish what the trial left (group commits, GC).
    await new Promise((r) => setTimeout(r, 500))
    return t
  }
  let lo: { rate: number; at: Trial | null } = { rate: 0, at: null }
  let hi = Number.POSITIVE_INFINITY
  let rate = opts.from
  // Up until a failure…
  while (hi === Number.POSITIVE_INFINITY && rate <= 5000) {
    const t = await run(rate)
    if (passes(t, opts.p99Ms)) {
      lo = { rate, at: t }
      rate *= 2
    } else hi = rate
  }
  // …or down until a pass, if the first rate already failed.
  while (lo.at === null && rate > 0.5) {
    rate /= 2
    const t = await run(rate)
    if (passes(t, opts.p99Ms)) lo = { rate, at: t }
    else hi = rate
  }
  for (let i = 0; i < opts.steps && lo.at && hi < Number.POSITIVE_INFINITY; i++) {
    const mid = (lo.rate + hi) / 2
    const t = await run(mid)
    if (passes(t, opts.p99Ms)) lo = { rate: mid, at: t }
    else hi = mid
  }
  return lo
}
