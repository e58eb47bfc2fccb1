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

/**
 * The product read a printed QR's deep link makes (`GET /api/products/:id`, what `/p/<id>` asks
 * for first) through the whole app, against a bare Hono "hello", same process setup, same client.
 */
export async function productReadBench() {
  const server = await spawnServer({ LOG_REQUESTS: '0' })
  const bare = await startBare()
  try {
    const target = `${server.url}/api/products/wavelink-ax3000`
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
        `  round ${i + 1}: product ${fmt(ours[i] as LoadResult)} | bare Hono ${fmt(anchor[i] as LoadResult)}`,
      )
    }
    const rps = median(ours.map((r) => r.rps))
    const bareRps = median(anchor.map((r) => r.rps))
    return {
      name: 'product read (the deep link of a printed QR)',
      method: `Closed loop: ${CONCURRENCY} clients over keep-alive connections (undici, one Node process on the same machine), each sending the next request when the last answered, ${ROUNDS} rounds of ${SECONDS} s after a 1 s warm-up of each; medians over the rounds. Ours: \`GET /api/products/wavelink-ax3000\` through the whole app (every middleware, rate limits on, request log off), the server process from its sources under tsx with \`npm start\`'s settings (\`npm start\` runs the same code bundled); the anchor: a bare Hono handler answering {"hello":"world"} in its own process, rounds alternating with ours. Both asked with the Accept-Encoding a browser sends.`,
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
