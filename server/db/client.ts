import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import pg from 'pg'
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
  | { kind: 'postgres'; url: string; max?: number }

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
  await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script])
}

/** Opens the database and applies the migrations; PGlite on disk takes a lock on its directory. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10 })
    const db = drizzlePg(pool, { schema }) as unknown as Db
    try {
      await migratePg(drizzlePg(pool, { schema }), { migrationsFolder })
    } catch (e) {
      await pool.end()
      throw e
    }
    return { db, kind: 'postgres', pool, close: () => pool.end() }
  }
  const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {}
  try {
    const pgDir = opts.dataDir ? join(opts.dataDir, 'pg') : null
    if (pgDir && !existsSync(join(pgDir, 'PG_VERSION'))) await createDataDir(pgDir)
    const client = pgDir
      ? await PGlite.create(pgDir)
      : await PGlite.create(opts.from ? { loadDataDir: opts.from } : {})
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
