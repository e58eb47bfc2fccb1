import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import type { PGlite } from '@electric-sql/pglite'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type pg from 'pg'
import { log } from '../ops/log'
import { lockDataDir } from './lock'
import * as schema from './schema'

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

/** The database and how to close it; `kind` tells realtime which bus to use. */
export type Database = {
  db: Db
  kind: 'pglite' | 'postgres'
  /** The raw PGlite instance (embedded only), for LISTEN-free in-process use and dumps. */
  pglite?: PGlite
  /** The node-postgres pool (server only), for LISTEN/NOTIFY. */
  pool?: pg.Pool
  close: () => Promise<void>
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations')

export type OpenOptions =
  | { kind: 'pglite'; dataDir?: string; from?: Blob }
  | {
      kind: 'postgres'
      url: string
      max?: number
      /** false: only check that the migrations were applied (`npm run db:migrate` did it). */
      migrate?: boolean
    }

/**
 * PGlite's settings. Its own memory is most of an embedded server's: the WebAssembly heap holds
 * shared_buffers (128 MB by default, all touched at start) beside the compiled module. A shop's
 * working set (the catalog, open sessions, the newest events) fits in far less; older pages are
 * read back from the operating system's file cache.
 */
const PGLITE_SETTINGS = ['shared_buffers=32MB', 'temp_buffers=2MB', 'wal_buffers=1MB']

/**
 * PGlite's WebAssembly is compiled by V8's optimizing compiler (TurboFan) only, once, at start.
 * By default V8 compiles it twice: every function with its baseline compiler (Liftoff) first, then
 * again with TurboFan each function that runs often, in background threads whose working memory
 * stays with the C allocator afterwards, beside both versions of the code: ~60 MB more for an idle
 * server, more after a first start's migrations and catalog import (DDL runs code that queries
 * never run again). Baseline only (`--liftoff-only`) saves the same memory but the customer path
 * measured ~25% slower; TurboFan only keeps full speed for ~0.5 s more start. Set before PGlite
 * compiles its module (V8 reads it then); it also applies to the process's other WebAssembly
 * (meshoptimizer for model checks).
 */
const WASM_ONE_TIER = '--no-liftoff'

/** Any fixed number: the key of the advisory lock that instances starting together queue on. */
const STARTUP_LOCK = 4_714_020_261

/**
 * Runs `fn` while holding a PostgreSQL advisory lock (session level, on a connection of its own,
 * released when `fn` ends or the process dies), so instances starting at once migrate and seed one
 * after the other instead of racing on the same DDL and rows. On the embedded database, which one
 * process owns (see lock.ts), it just runs `fn`.
 */
export async function underStartupLock<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (!database.pool) return fn()
  const client = await database.pool.connect()
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK])
    try {
      return await fn()
    } finally {
      await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK])
    }
  } finally {
    client.release()
  }
}

export class NotMigratedError extends Error {}

/** Throws NotMigratedError naming the migrations the database lacks. */
async function checkMigrated(pool: pg.Pool) {
  const files = readMigrationFiles({ migrationsFolder })
  const last = await pool
    .query<{ at: string | null }>(
      'select max(created_at)::text as at from drizzle.__drizzle_migrations',
    )
    .then((r) => Number(r.rows[0]?.at ?? 0))
    .catch(() => 0)
  const pending = files.filter((m) => m.folderMillis > last)
  if (pending.length > 0)
    throw new NotMigratedError(
      `The database lacks ${pending.length} of ${files.length} migrations: run \`npm run db:migrate\` with this DATABASE_URL first, or start with MIGRATE=1.`,
    )
}

/**
 * Creates a PGlite data directory (initdb) in a short-lived process of its own. In the server's
 * process initdb leaves ~450 MB behind as garbage that a quiet server keeps until a major GC, and
 * ~120 MB for good: a first start then held 900 MB, and 630 MB with 5,000 customers connected
 * where a restarted one holds 500 MB. Here it all goes when that process ends.
 */
async function createDataDir(dir: string) {
  const pglite = import.meta.resolve('@electric-sql/pglite')
  const script = `const { PGlite } = await import(${JSON.stringify(pglite)})
const db = await PGlite.create(${JSON.stringify(dir)})
await db.close()`
  await promisify(execFile)(process.execPath, [
    // initdb runs once and its process ends: the quickest compile (baseline only) serves it best.
    '--liftoff-only',
    '--input-type=module',
    '-e',
    script,
  ])
}

/** Opens the database and applies the migrations; PGlite on disk takes a lock on its directory. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    // Loaded here, not at the top: an embedded server never holds the PostgreSQL driver.
    const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
      import('drizzle-orm/node-postgres/migrator'),
    ])
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.max ?? 10,
      // A database that is down fails a request in seconds rather than holding it.
      connectionTimeoutMillis: 5000,
    })
    // An idle connection dropped by the server (a restart) is an event, not a crash: the pool
    // discards it and opens a new one on the next query.
    pool.on('error', (err) => log.error(`database: idle connection lost: ${err.message}`))
    const db = drizzlePg(pool, { schema }) as unknown as Db
    const database: Database = { db, kind: 'postgres', pool, close: () => pool.end() }
    try {
      if (opts.migrate === false) await checkMigrated(pool)
      else
        await underStartupLock(database, () =>
          migratePg(drizzlePg(pool, { schema }), { migrationsFolder }),
        )
    } catch (e) {
      await pool.end()
      throw e
    }
    return database
  }
  const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {}
  try {
    const pgDir = opts.dataDir ? join(opts.dataDir, 'pg') : null
    if (pgDir && !existsSync(join(pgDir, 'PG_VERSION'))) await createDataDir(pgDir)
    setFlagsFromString(WASM_ONE_TIER)
    // Loaded only here: a server on PostgreSQL never pays for PGlite's code.
    const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
      import('@electric-sql/pglite'),
      import('drizzle-orm/pglite'),
      import('drizzle-orm/pglite/migrator'),
    ])
    // Start parameters, not postgresql.conf: PGlite would replace initdb's whole file with ours.
    const conf = {
      startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS.flatMap((s) => ['-c', s])],
    }
    const client = pgDir
      ? await PGlite.create(pgDir, conf)
      : await PGlite.create(opts.from ? { ...conf, loadDataDir: opts.from } : conf)
    const pdb = drizzlePglite(client, { schema })
    await migratePglite(pdb, { migrationsFolder })
    return {
      db: pdb as unknown as Db,
      kind: 'pglite',
      pglite: client,
      close: async () => {
        await client.close()
        release()
      },
    }
  } catch (e) {
    release()
    throw e
  }
}
