import { setTimeout as sleep } from 'node:timers/promises'
import { emptyServerDatabase } from '../helpers/db'
import { spawnServer } from '../helpers/server'
import type { Bench } from './list'
import { memory } from './ws-connections'

const TARGET_EMBEDDED_MB = 250
const TARGET_POSTGRES_MB = 120
/** After the server says it is running: long enough for start-up work (the sweeps, the first GC). */
const SETTLE_MS = 10_000

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

/** A server started as `npm start` starts it, left alone: the median of 5 VmRSS samples. */
async function idleRss(env: Record<string, string>, dataDir?: string): Promise<number> {
  const server = await spawnServer({ ...env, LOG_REQUESTS: '0' }, dataDir, { npmStart: true })
  try {
    await sleep(SETTLE_MS)
    const samples: number[] = []
    for (let i = 0; i < 5; i++) {
      samples.push(memory(server.child.pid ?? 0).rss)
      await sleep(1000)
    }
    return median(samples)
  } finally {
    await server.stop({ keepData: true })
  }
}

export async function idleRssBench(): Promise<Bench> {
  const { mkdtempSync, rmSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const { join } = await import('node:path')
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-idle-'))
  const figures: Record<string, number> = {}
  try {
    figures['embedded, first start (new data directory, catalog imported) MB'] = await idleRss(
      {},
      dir,
    )
    figures['embedded, restart MB'] = await idleRss({}, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const adminUrl = process.env.TEST_DATABASE_URL
  if (adminUrl) {
    const db = await emptyServerDatabase(adminUrl)
    try {
      figures['PostgreSQL, first start MB'] = await idleRss({ DATABASE_URL: db.url })
    } finally {
      await db.drop()
    }
  }
  const embedded = Math.max(
    figures['embedded, first start (new data directory, catalog imported) MB'] ?? Infinity,
    figures['embedded, restart MB'] ?? Infinity,
  )
  const postgres = figures['PostgreSQL, first start MB']
  return {
    name: 'idle memory of one instance',
    method: `The server started exactly as npm start starts it (node scripts/start.mjs: the web and server builds already made, then the server bundle under plain Node), the request log off, no request made; ${SETTLE_MS / 1000} s after it prints its URL, the median of 5 VmRSS readings from /proc a second apart. Embedded: a new data directory (the first start creates it and imports the sample catalog), then a restart on it. PostgreSQL (with TEST_DATABASE_URL): a new empty database.`,
    figures,
    target: `embedded ≤ ${TARGET_EMBEDDED_MB} MB, PostgreSQL ≤ ${TARGET_POSTGRES_MB} MB`,
    met: embedded <= TARGET_EMBEDDED_MB && postgres !== undefined && postgres <= TARGET_POSTGRES_MB,
  }
}
