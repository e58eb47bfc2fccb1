import { spawn } from 'node:child_process'
import { repoRoot } from '../helpers/app'
import { spawnServer } from '../helpers/server'
import { type LoadResult, load, median } from './load'

const ROUNDS = 3
const SECONDS = 5
const CONCURRENCY = 32
/** What every browser sends; the same for both servers. */
const HEADERS = { 'accept-encoding': 'gzip, deflate, br' }

async function startBare(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/bare-hono.ts'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      const m = /running at (\S+)/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
  })
  return { url, stop: () => child.kill('SIGTERM') }
}

const fmt = (r: LoadResult) =>
  `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms, ${r.errors} errors`

/** Published procedure fetch against a bare Hono "hello", same process setup, same client. */
export async function procedureFetchBench() {
  const server = await spawnServer({ LOG_REQUESTS: '0' })
  const bare = await startBare()
  try {
    const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
      products: { procedures: { id: string; version: number }[] }[]
    }
    const proc = products.products[0]?.procedures[0]
    if (!proc) throw new Error('no published procedure to fetch')
    const target = `${server.url}/api/procedures/${proc.id}/versions/${proc.version}`
    const ours: LoadResult[] = []
    const anchor: LoadResult[] = []
    await load(target, { seconds: 1, concurrency: CONCURRENCY, headers: HEADERS }) // warm-up
    await load(`${bare.url}/hello`, { seconds: 1, concurrency: CONCURRENCY, headers: HEADERS })
    for (let i = 0; i < ROUNDS; i++) {
      ours.push(
        await load(target, { seconds: SECONDS, concurrency: CONCURRENCY, headers: HEADERS }),
      )
      anchor.push(
        await load(`${bare.url}/hello`, {
          seconds: SECONDS,
          concurrency: CONCURRENCY,
          headers: HEADERS,
        }),
      )
      console.log(
        `  round ${i + 1}: procedure ${fmt(ours[i] as LoadResult)} | bare Hono ${fmt(anchor[i] as LoadResult)}`,
      )
    }
    const rps = median(ours.map((r) => r.rps))
    const bareRps = median(anchor.map((r) => r.rps))
    return {
      name: 'published procedure fetch',
      figures: {
        'req/s': rps,
        'p99 ms': median(ours.map((r) => r.p99)),
        'bare Hono req/s': bareRps,
        'ratio to bare Hono': rps / bareRps,
        errors: ours.reduce((n, r) => n + r.errors, 0),
      },
      target: 'ratio >= 0.6, p99 < 10 ms',
      met: rps / bareRps >= 0.6 && median(ours.map((r) => r.p99)) < 10,
    }
  } finally {
    bare.stop()
    await server.stop()
  }
}
