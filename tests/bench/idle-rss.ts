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

/** Resolves once `/api/health` answers 200. */
async function healthy(url: string) {
  for (;;) {
    const res = await fetch(`${url}/api/health`).catch(() => null)
    if (res?.status === 200) return
    await sleep(20)
  }
}

/**
 * A server started as `npm start` starts it, left alone: the median of 5 VmRSS samples, and the
 * seconds from spawning it to its first health 200.
 */
async function idleRss(
  env: Record<string, string>,
  dataDir?: string,
): Promise<{ rss: number; startSeconds: number }> {
  const spawned = performance.now()
  const server = await spawnServer({ ...env, LOG_REQUESTS: '0' }, dataDir, { npmStart: true })
  try {
    await healthy(server.url)
    const startSeconds = Math.round((performance.now() - spawned) / 100) / 10
    await sleep(SETTLE_MS)
    const samples: number[] = []
    for (let i = 0; i < 5; i++) {
      samples.push(memory(server.child.pid ?? 0).rss)
      await sleep(1000)
    }
    return { rss: median(samples), startSeconds }
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
    const first = await idleRss({}, dir)
    figures['embedded, first start (new data directory, catalog imported) MB'] = first.rss
    figures['embedded, first start: spawn to health 200 s'] = first.startSeconds
    const restart = await idleRss({}, dir)
    figures['embedded, restart MB'] = restart.rss
    figures['embedded, restart: spawn to health 200 s'] = restart.startSeconds
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  const adminUrl = process.env.TEST_DATABASE_URL
  if (adminUrl) {
    const db = await emptyServerDatabase(adminUrl)
    try {
      const pg = await idleRss({ DATABASE_URL: db.url })
      figures['PostgreSQL, first start MB'] = pg.rss
      figures['PostgreSQL, first start: spawn to health 200 s'] = pg.startSeconds
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
    method: `The server started exactly as npm start starts it (node scripts/start.mjs: the web and server builds already made, then the server bundle under plain Node), the request log off, no request made but the health checks of its start; ${SETTLE_MS / 1000} s after its first health 200, the median of 5 VmRSS readings from /proc a second apart; start time is from spawning node scripts/start.mjs (builds already current) to the first 200 of /api/health. Embedded: a new data directory (the first start creates it and imports the sample catalog), then a restart on it. PostgreSQL (with TEST_DATABASE_URL): a new empty database.`,
    figures,
    target: `embedded ≤ ${TARGET_EMBEDDED_MB} MB, PostgreSQL ≤ ${TARGET_POSTGRES_MB} MB`,
    met: embedded <= TARGET_EMBEDDED_MB && postgres !== undefined && postgres <= TARGET_POSTGRES_MB,
  }
}
