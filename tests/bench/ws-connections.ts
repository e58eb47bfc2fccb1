import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { repoRoot } from '../helpers/app'
import { fetchMetrics, METRICS_TOKEN, spawnServer } from '../helpers/server'
import { median } from './load'

const CUSTOMERS = 5000
/** Customers waiting for an agent, so a queue change has someone to tell. */
const WAITING = 100
const TARGET_MB = 600
const STEP_MS = 180_000

/** Resident memory of a process, from the kernel: now (VmRSS) and its peak (VmHWM), in MB. */
export function memory(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1])
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

export function openFilesLimit(pid: number) {
  const limits = readFileSync(`/proc/${pid}/limits`, 'utf8')
  return Number(/Max open files\s+(\d+)/.exec(limits)?.[1] ?? 0)
}

/** RSS sampled `n` times a second apart; the median, so one GC moment does not decide. */
async function plateau(pid: number, n = 5) {
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    await new Promise((r) => setTimeout(r, 1000))
    samples.push(memory(pid).rss)
  }
  return { median: median(samples), max: Math.max(...samples) }
}

export async function metric(url: string, name: string) {
  const text = await fetchMetrics(url)
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1])
}

/** Runs `task` over `items`, `width` at a time. */
export async function pool<T>(
  items: T[],
  width: number,
  task: (item: T, i: number) => Promise<void>,
) {
  let next = 0
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++
        await task(items[i] as T, i)
      }
    }),
  )
}

export type Reply = Record<string, number | string | object>

/**
 * A client process (`script` with `args`): one JSON line per command, one JSON line per answer;
 * `stepMs` bounds the wait for each answer.
 */
export function startClients(script: string, args: string[], stepMs = STEP_MS) {
  // Its own open-file limit, raised where the hard limit allows; loopback sockets only.
  const child = spawn(
    'sh',
    [
      '-c',
      'ulimit -n 65535 2>/dev/null || ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"',
      process.execPath,
      '--import',
      'tsx',
      script,
      ...args,
    ],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const replies: Reply[] = []
  const waiting: ((r: Reply) => void)[] = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    const r = JSON.parse(line) as Reply
    const w = waiting.shift()
    if (w) w(r)
    else replies.push(r)
  })
  const exited = new Promise<void>((done) => child.on('exit', () => done()))
  const next = (ms = stepMs) =>
    new Promise<Reply>((resolve, reject) => {
      const ready = replies.shift()
      if (ready) return resolve(ready)
      const timer = setTimeout(
        () => reject(new Error(`the client process did not answer in ${ms} ms`)),
        ms,
      )
      waiting.push((r) => {
        clearTimeout(timer)
        resolve(r)
      })
      void exited.then(() => reject(new Error('the client process exited')))
    })
  return {
    pid: child.pid as number,
    next,
    ask: (cmd: object) => {
      child.stdin.write(`${JSON.stringify(cmd)}\n`)
      return next()
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.stdin.write(`${JSON.stringify({ cmd: 'close' })}\n`)
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(killer)
      }
    },
  }
}

const fmt = (v: number) => v.toFixed(1)

/**
 * Customers with a live WebSocket on one server instance (embedded database): 5,000 repair
 * sessions, each with its socket open and greeted, from a separate client process so only the
 * server's memory is counted. Then every socket does a ping round trip, and a change in a queue
 * of 100 waiting customers reaches the 99 behind it, to show the hub still delivers at that load.
 */
export async function wsConnectionsBench() {
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-ws-bench-'))
  // A first start, on a new data directory: the embedded database is created as the server starts.
  const server = await spawnServer({ RATE_LIMIT: '0', LOG_REQUESTS: '0', METRICS_TOKEN })
  const pid = server.child.pid as number
  let clients: ReturnType<typeof startClients> | null = null
  try {
    if (openFilesLimit(pid) < CUSTOMERS + 200)
      throw new Error(
        `the server may open only ${openFilesLimit(pid)} files; raise it (ulimit -n) above ${CUSTOMERS + 200}`,
      )
    const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products.products[0]?.procedures[0]?.id
    const procedure = (await (
      await fetch(`${server.url}/api/procedures/${procedureId}`)
    ).json()) as {
      steps: { id: string }[]
    }
    const stepId = procedure.steps[0]?.id as string
    const startMb = memory(pid).rss
    console.log(`  server RSS at start: ${fmt(startMb)} MB`)

    const sessions: { id: string; token: string }[] = new Array(CUSTOMERS)
    let t0 = performance.now()
    await pool(sessions, 16, async (_s, i) => {
      const res = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ procedureId, mode: 'inline' }),
      })
      if (res.status !== 201) throw new Error(`POST /api/sessions answered ${res.status}`)
      const { id, token } = (await res.json()) as { id: string; token: string }
      sessions[i] = { id, token }
    })
    console.log(`  ${CUSTOMERS} sessions started in ${fmt((performance.now() - t0) / 1000)} s`)
    for (const s of sessions.slice(0, WAITING)) {
      const res = await fetch(`${server.url}/api/sessions/${s.id}/escalation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ stepId, timeOnStepMs: 1000, path: [stepId], mode: 'inline' }),
      })
      if (res.status !== 201) throw new Error(`POST …/escalation answered ${res.status}`)
    }
    const file = join(dir, 'sessions.json')
    writeFileSync(file, JSON.stringify(sessions))

    const baseline = await plateau(pid)
    const heapBefore = (await metric(server.url, 'nodejs_heap_used_bytes')) / 2 ** 20
    console.log(
      `  server RSS before connecting: ${fmt(baseline.median)} MB, heap ${fmt(heapBefore)} MB`,
    )

    t0 = performance.now()
    clients = startClients('tests/bench/ws-clients.ts', [
      `${server.url.replace(/^http/, 'ws')}/api/ws`,
      file,
    ])
    const connected = await clients.next()
    const connectSeconds = (performance.now() - t0) / 1000
    console.log(
      `  connected: ${connected.ok} greeted, ${connected.failed} failed in ${fmt(connectSeconds)} s` +
        (Number(connected.failed) > 0 ? ` (${JSON.stringify(connected.errors)})` : ''),
    )
    const peers = await metric(server.url, 'fixpoint_websocket_connections')
    const loaded = await plateau(pid)
    const heap = (await metric(server.url, 'nodejs_heap_used_bytes')) / 2 ** 20
    console.log(
      `  server: ${peers} sockets in the hub, RSS ${fmt(loaded.median)} MB (max ${fmt(loaded.max)}), heap ${fmt(heap)} MB`,
    )

    const pinged = await clients.ask({ cmd: 'ping' })
    console.log(
      `  ping on every socket: ${pinged.ok} answered, ${pinged.failed} not; round trip p50 ${fmt(Number(pinged.p50))} ms, p99 ${fmt(Number(pinged.p99))} ms`,
    )
    const fanout = await clients.ask({
      cmd: 'fanout',
      cancel: 0,
      expect: Array.from({ length: WAITING - 1 }, (_, i) => i + 1),
    })
    console.log(
      `  queue change: ${fanout.received} of ${fanout.expected} waiting customers told their new place, ` +
        `last after ${fmt(Number(fanout.max))} ms (DELETE answered ${fanout.status})`,
    )
    const after = memory(pid)
    const status = await clients.ask({ cmd: 'status' })
    const ok = Number(connected.ok)
    const figures = {
      'connections established': ok,
      'connection failures': Number(connected.failed),
      'sockets in the hub': peers,
      'connect seconds': connectSeconds,
      'server RSS at start MB': startMb,
      'server RSS before connecting (5,000 sessions made) MB': baseline.median,
      'server RSS at 5,000 MB': loaded.median,
      // From the idle start: each customer's session and socket together; the delta from just
      // before connecting is within the noise (the heap had room from making the sessions).
      'RSS per connected customer KB': ((loaded.median - startMb) * 1024) / Math.max(1, ok),
      'server heap used before connecting MB': heapBefore,
      'server heap used at 5,000 MB': heap,
      // The RSS delta hides what the heap had spare; the heap delta is what the sockets hold.
      'heap per connection KB': ((heap - heapBefore) * 1024) / Math.max(1, ok),
      'server peak RSS MB': after.peak,
      'ping answered': Number(pinged.ok),
      'ping p50 ms': Number(pinged.p50),
      'ping p99 ms': Number(pinged.p99),
      'queue change delivered': Number(fanout.received),
      'queue change last delivery ms': Number(fanout.max),
      'sockets still open at the end': Number(status.open),
    }
    return {
      name: 'WebSocket customers on one instance',
      method: `One server process on a new embedded database (rate limits and request log off): ${CUSTOMERS} repair sessions started, then each opens its WebSocket and is greeted, from a separate client process so only the server's memory is counted; server RSS is read from /proc (VmRSS, median of 5 samples a second apart; VmHWM for the peak). Then every socket does a ping round trip, and a change in a queue of ${WAITING} waiting customers must reach the ${WAITING - 1} behind it.`,
      figures,
      target: `${CUSTOMERS} connected customers under ${TARGET_MB} MB`,
      met:
        ok === CUSTOMERS &&
        peers >= CUSTOMERS &&
        loaded.max < TARGET_MB &&
        Number(pinged.ok) === CUSTOMERS &&
        Number(fanout.received) === WAITING - 1,
    }
  } finally {
    await clients?.stop()
    await server.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}
