import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { repoRoot } from '../helpers/app'
import { emptyServerDatabase } from '../helpers/db'
import { type RunningServer, runServerToExit, spawnServer } from '../helpers/server'

/**
 * Several real server processes on one PostgreSQL database, as behind a load balancer: they start
 * together on an empty database, and they share their rate limits.
 */
const adminUrl = process.env.TEST_DATABASE_URL
if (!adminUrl)
  throw new Error(
    'These tests need a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test).',
  )

const SESSIONS_PER_MINUTE = 6
const env = (url: string) => ({
  DATABASE_URL: url,
  SESSION_SECRET: 'scale-out-test-secret-0123456789abcdef',
  ADMIN_EMAIL: 'owner@example.com',
  ADMIN_PASSWORD: 'owner-password-1',
  LOG_REQUESTS: '0',
  RATE_SESSIONS_PER_MINUTE: String(SESSIONS_PER_MINUTE),
})

const post = (base: string, path: string, body: object) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('three instances on one empty PostgreSQL database', () => {
  let db: Awaited<ReturnType<typeof emptyServerDatabase>>
  let servers: RunningServer[] = []
  let sql: pg.Client

  beforeAll(async () => {
    db = await emptyServerDatabase(adminUrl)
    // Started at the same moment: each migrates, seeds and creates the admin if nobody has yet.
    const started = await Promise.allSettled([1, 2, 3].map(() => spawnServer(env(db.url))))
    servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []))
    const failed = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []))
    if (failed.length > 0) throw new Error(failed.join('\n'))
    sql = new pg.Client({ connectionString: db.url })
    await sql.connect()
  }, 120_000)
  afterAll(async () => {
    await sql?.end()
    await Promise.all(servers.map((s) => s.stop()))
    await db?.drop()
  })

  it('all come up healthy, with the catalog published once and one admin', async () => {
    for (const s of servers) expect((await fetch(`${s.url}/api/health`)).status).toBe(200)
    const lists = await Promise.all(
      servers.map(async (s) => {
        const res = await fetch(`${s.url}/api/products`)
        const body = (await res.json()) as { products: { id: string }[] }
        return body.products.map((p) => p.id)
      }),
    )
    expect(lists[0]).toContain('espresso-one')
    expect(lists[1]).toEqual(lists[0])
    expect(lists[2]).toEqual(lists[0])
    // Each procedure of the catalog was published as version 1 only, by one instance.
    const versions = await sql.query<{ procedure_id: string; n: number; top: number }>(
      'select procedure_id, count(*)::int as n, max(version) as top from procedure_versions group by 1',
    )
    expect(versions.rows.length).toBeGreaterThan(0)
    for (const row of versions.rows) expect(row).toMatchObject({ n: 1, top: 1 })
    const admins = await sql.query<{ n: number }>('select count(*)::int as n from users')
    expect(admins.rows[0]?.n).toBe(1)
    // Every migration ran once.
    const migrations = await sql.query<{ n: number; distinct_hashes: number }>(
      'select count(*)::int as n, count(distinct hash)::int as distinct_hashes from drizzle.__drizzle_migrations',
    )
    expect(migrations.rows[0]?.n).toBe(migrations.rows[0]?.distinct_hashes)
  })

  it('share one session-start limit: the configured count across instances, not per instance', async () => {
    const { products } = (await (await fetch(`${servers[0]?.url}/api/products`)).json()) as {
      products: { procedures: { id: string }[] }[]
    }
    const procedureId = products[0]?.procedures[0]?.id
    const statuses: number[] = []
    // Round robin over two instances, as a load balancer spreads one client's requests.
    for (let i = 0; i < SESSIONS_PER_MINUTE + 2; i++) {
      const s = servers[i % 2] as RunningServer
      statuses.push((await post(s.url, '/api/sessions', { procedureId, mode: 'inline' })).status)
    }
    expect(statuses).toEqual([...Array.from({ length: SESSIONS_PER_MINUTE }, () => 201), 429, 429])
    // The third instance, which served none of them, refuses too.
    const third = await post(servers[2]?.url ?? '', '/api/sessions', {
      procedureId,
      mode: 'inline',
    })
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('share sign-in backoff: failures on one instance hold back the next attempt on another', async () => {
    const login = (s: RunningServer | undefined, password: string) =>
      post(s?.url ?? '', '/api/auth/login', { email: 'owner@example.com', password })
    for (let i = 0; i < 4; i++)
      expect((await login(servers[i % 3], 'wrong-password')).status).toBe(401)
    const blocked = await login(servers[2], 'owner-password-1')
    expect(blocked.status).toBe(429)
    expect(await blocked.json()).toMatchObject({ error: { code: 'too_many_attempts' } })
  })
})

describe('deployments that migrate first (MIGRATE=0)', () => {
  let db: Awaited<ReturnType<typeof emptyServerDatabase>>
  beforeAll(async () => {
    db = await emptyServerDatabase(adminUrl)
  })
  afterAll(async () => {
    await db?.drop()
  })

  it('an instance refuses an unmigrated database and names the command; after it, it starts', async () => {
    const refused = await runServerToExit(
      { ...env(db.url), MIGRATE: '0' },
      mkdtempSync(join(tmpdir(), 'fixpoint-data-')),
    )
    expect(refused.code).toBe(1)
    expect(refused.output).toMatch(/npm run db:migrate/)

    const migrate = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-migrate.ts'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: db.url },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    migrate.stdout.on('data', (d) => {
      out += d
    })
    migrate.stderr.on('data', (d) => {
      out += d
    })
    const code = await new Promise<number | null>((done) => migrate.on('exit', done))
    expect(code, out).toBe(0)
    expect(out).toMatch(/Migrations applied/)

    const server = await spawnServer({ ...env(db.url), MIGRATE: '0' })
    try {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200)
    } finally {
      await server.stop()
    }
  })
})
