import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from '../helpers/app'
import { emptyServerDatabase } from '../helpers/db'
import { startNginx } from '../helpers/nginx'
import { type RunningServer, spawnServer } from '../helpers/server'
import { type CustomerPlan, maxRate } from './customer-load'
import type { Bench } from './list'

const P99_MS = 100
const TARGET_RATIO = 0.7
const SEARCH = { p99Ms: P99_MS, seconds: 4, from: 4, steps: 3 }

/** The app's server process from its sources (tsx) with `npm start`'s settings, rate limits on (session starts raised: every customer here is 127.0.0.1). */
const APP_ENV = { LOG_REQUESTS: '0', RATE_SESSIONS_PER_MINUTE: '10000000' }

/** The bare anchor (bare-customer.ts) as a process of its own; resolves with its URL. */
async function startBare(env: Record<string, string>): Promise<{ url: string; stop: () => void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/bench/bare-customer.ts'],
    { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const url = await new Promise<string>((done, fail) => {
    let out = ''
    child.stdout?.on('data', (d) => {
      out += d
      const m = /running at (\S+)/.exec(out)
      if (m?.[1]) done(m[1])
    })
    child.on('exit', (code) => fail(new Error(`the bare anchor exited with ${code}: ${out}`)))
  })
  return { url, stop: () => child.kill('SIGTERM') }
}

/** The product a printed QR opens, its first procedure and that procedure's step ids. */
async function planFor(base: string): Promise<CustomerPlan> {
  const productId = 'wavelink-ax3000'
  const { product } = (await (await fetch(`${base}/api/products/${productId}`)).json()) as {
    product: { procedures: { id: string }[] }
  }
  const procedureId = product.procedures[0]?.id
  if (!procedureId) throw new Error(`${productId} has no published procedure`)
  const res = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedureId, mode: 'inline' }),
  })
  const { procedure } = (await res.json()) as { procedure: { steps: { id: string }[] } }
  return { productId, procedureId, stepIds: procedure.steps.map((s) => s.id) }
}

export type Variant = {
  /** Names the figures: "embedded, 1 instance". */
  name: string
  database: 'embedded' | 'postgres'
  /** App instances to start (PostgreSQL only for more than one). */
  instances: number
  /**
   * Where customers go, when something (a load balancer) fronts the instances: given the instances'
   * URLs, it returns that address and a stop. Without it, customers go round robin to the instances.
   */
  front?: (instanceUrls: string[]) => Promise<{ url: string; stop: () => Promise<void> }>
  /** More environment for the instances (TRUST_PROXY behind a load balancer). */
  env?: Record<string, string>
  /** Whether to search the bare anchor too (default yes). */
  anchor?: boolean
}

/**
 * One variant: its app instances and the bare anchor on the same database, each searched for the
 * highest arrival rate that holds p99 ≤ 100 ms with no errors, the app first.
 */
export async function customerPathVariant(v: Variant): Promise<Record<string, number>> {
  if (v.database === 'embedded' && v.instances !== 1)
    throw new Error('the embedded database serves one instance')
  const adminUrl = process.env.TEST_DATABASE_URL
  if (v.database === 'postgres' && !adminUrl) throw new Error('set TEST_DATABASE_URL')
  const db = v.database === 'postgres' ? await emptyServerDatabase(adminUrl as string) : null
  const dbEnv: Record<string, string> = db ? { DATABASE_URL: db.url } : {}
  const servers: RunningServer[] = []
  let front: { url: string; stop: () => Promise<void> } | null = null
  const figures: Record<string, number> = {}
  try {
    for (let i = 0; i < v.instances; i++)
      servers.push(
        await spawnServer({ ...APP_ENV, ...dbEnv, ...v.env, ...(i > 0 ? { SEED: '0' } : {}) }),
      )
    const urls = servers.map((s) => s.url)
    front = v.front ? await v.front(urls) : null
    const bases = front ? [front.url] : urls
    const plan = await planFor(bases[0] as string)
    // Warm-up: code paths compiled, caches filled, connections open.
    await maxRate(`${v.name}, app warm-up`, bases, plan, {
      ...SEARCH,
      seconds: 2,
      steps: 0,
      from: 4,
    })
    const app = await maxRate(`${v.name}, app`, bases, plan, SEARCH)
    for (const s of servers) await s.stop()
    servers.length = 0
    await front?.stop()
    front = null
    figures[`${v.name}: app, customers/s`] = app.rate
    figures[`${v.name}: app p99 ms at that rate`] = app.at?.p99 ?? Number.NaN
    if (v.anchor === false) return figures

    const bareDir = db ? null : mkdtempSync(join(tmpdir(), 'fixpoint-bare-'))
    const bare = await startBare(db ? { ...dbEnv, SEED: '0' } : { DATA_DIR: bareDir as string })
    try {
      await maxRate(`${v.name}, bare warm-up`, [bare.url], plan, {
        ...SEARCH,
        seconds: 2,
        steps: 0,
        from: 4,
      })
      const anchor = await maxRate(`${v.name}, bare Hono`, [bare.url], plan, SEARCH)
      figures[`${v.name}: bare Hono, customers/s`] = anchor.rate
      figures[`${v.name}: bare Hono p99 ms at that rate`] = anchor.at?.p99 ?? Number.NaN
      figures[`${v.name}: app / bare Hono`] = anchor.rate > 0 ? app.rate / anchor.rate : Number.NaN
    } finally {
      bare.stop()
      if (bareDir) setTimeout(() => rmSync(bareDir, { recursive: true, force: true }), 2000)
    }
  } finally {
    for (const s of servers) await s.stop()
    await front?.stop()
    await db?.drop()
  }
  return figures
}

const THREE = 'PostgreSQL, 3 instances behind nginx'
const TARGET_SCALE = 2.5

/**
 * The customer's real path on one instance, embedded and on PostgreSQL, against a bare Hono
 * handler doing the same database work on the same kind of database in the same run; and on three
 * instances behind nginx (docs/nginx.conf) on one PostgreSQL, against one instance.
 */
export async function customerPathBench(): Promise<Bench> {
  const pg = Boolean(process.env.TEST_DATABASE_URL)
  const variants: Variant[] = [
    { name: 'embedded, 1 instance', database: 'embedded', instances: 1 },
    ...(pg
      ? [
          { name: 'PostgreSQL, 1 instance', database: 'postgres' as const, instances: 1 },
          {
            name: THREE,
            database: 'postgres' as const,
            instances: 3,
            // As docs/nginx.conf says: every instance with the same SESSION_SECRET, behind a proxy.
            env: { TRUST_PROXY: '1', SESSION_SECRET: 'customer-path-bench-secret-0123456789' },
            // The anchor is the same as one instance's: the same bare process on the same server.
            anchor: false,
            front: (urls: string[]) =>
              startNginx(
                urls.map((u) => new URL(u).host),
                '127.0.0.1',
                { workers: 'auto' },
              ),
          },
        ]
      : []),
  ]
  const only = process.env.CUSTOMER_PATH_VARIANTS?.split(',')
  const figures: Record<string, number> = {}
  for (const v of variants)
    if (!only || only.some((o) => v.name.startsWith(o.trim())))
      Object.assign(figures, await customerPathVariant(v))
  const ratios = Object.entries(figures).filter(([k]) => k.endsWith('app / bare Hono'))
  const one = figures['PostgreSQL, 1 instance: app, customers/s']
  const three = figures[`${THREE}: app, customers/s`]
  const scale = one && three !== undefined ? three / one : Number.NaN
  if (!Number.isNaN(scale)) figures['PostgreSQL: 3 instances / 1 instance'] = scale
  return {
    name: 'the customer path (deep link → session → 10 event batches → outcome)',
    method: `Open-loop arrival: customers start evenly spaced at a fixed rate for 4 s, each (no think time) reading the product a printed QR opens, starting a session, reading it, posting 10 batches of 10 events and the outcome, 14 requests over keep-alive connections from one Node process on the same machine. A rate holds when every request answered 2xx and the p99 of all request latencies is ≤ 100 ms; the highest holding rate is found by doubling from 4/s until a trial fails, then halving the gap 3 times, after a 2 s warm-up. The app runs as its server process from its sources under tsx (\`server/index.ts\`, NODE_ENV=production, the settings of \`npm start\`; \`npm start\` runs the same code bundled; rate limits on, session starts raised since every customer comes from 127.0.0.1; request log off); the anchor is a bare Hono process doing the same database work per step in plain SQL (no middleware, validation, tokens, limits or caches) on the same kind of database (a fresh PGlite data directory with the app settings, or the same PostgreSQL database), searched right after the app. With TEST_DATABASE_URL, also three instances (TRUST_PROXY=1) on one fresh PostgreSQL database behind Debian's nginx running docs/nginx.conf (the operators' file, with its ports; worker_processes auto), every customer through nginx, searched the same way; its ratio to one instance on PostgreSQL is measured in the same run. On a 2-core machine the three instances, nginx, PostgreSQL and the load generator share the same 2 cores, so three instances cannot reach ${TARGET_SCALE}× one here: that ratio measures what the extra instances cost on shared cores, not how they scale on a machine with cores to spare.`,
    figures,
    target: `app ≥ ${TARGET_RATIO} × the bare Hono anchor's customers/s at p99 ≤ ${P99_MS} ms, 0 errors; with PostgreSQL, 3 instances behind nginx ≥ ${TARGET_SCALE} × 1 instance`,
    met:
      ratios.length > 0 &&
      ratios.every(([, r]) => r >= TARGET_RATIO) &&
      (!pg || scale >= TARGET_SCALE),
  }
}
