import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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
    const client = opts.dataDir
      ? await PGlite.create(join(opts.dataDir, 'pg'))
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
