import { readFile } from 'node:fs/promises'
import pg from 'pg'
import { type Database, openDatabase } from '../../server/db/client'

/** Where the API tier's global setup left a dump of a migrated, empty PGlite (unset elsewhere). */
export const MEMORY_TEMPLATE_ENV = 'FIXPOINT_API_MEMORY_TEMPLATE'

/** A dump of a new, migrated, empty PGlite (creating one is most of its cost: about 3 s). */
export async function migratedDump(): Promise<Blob> {
  const first = await openDatabase({ kind: 'pglite' })
  const blob = await first.pglite?.dumpDataDir('none')
  await first.close()
  if (!blob) throw new Error('PGlite dump failed')
  return blob
}

let template: Promise<Blob> | null = null

/**
 * A migrated, empty in-memory PGlite, cloned from the tier's dump (tests/api/global-setup.ts), or
 * from one made once per test process elsewhere (about 1 s a clone).
 */
export async function memoryDatabase(): Promise<Database> {
  const file = process.env[MEMORY_TEMPLATE_ENV]
  template ??= file ? readFile(file).then((bytes) => new Blob([bytes])) : migratedDump()
  return openDatabase({ kind: 'pglite', from: await template })
}

/**
 * A new, empty database (no tables at all) on the PostgreSQL server named by `adminUrl`; `drop`
 * removes it, closing whatever is still connected. Every run gets its own name.
 */
export async function emptyServerDatabase(
  adminUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `fixpoint_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const again = new pg.Client({ connectionString: adminUrl })
      await again.connect()
      await again.query(`drop database if exists ${name} with (force)`)
      await again.end()
    },
  }
}

/**
 * A fresh, migrated database on the PostgreSQL server named by TEST_DATABASE_URL, dropped again on
 * close. Every run gets its own, so runs never see each other's rows.
 */
export async function serverDatabase(adminUrl: string): Promise<Database & { url: string }> {
  const empty = await emptyServerDatabase(adminUrl)
  const database = await openDatabase({ kind: 'postgres', url: empty.url, max: 4 })
  return {
    ...database,
    url: empty.url,
    close: async () => {
      await database.close()
      await empty.drop()
    },
  }
}

/** The databases the data-layer tests run on: embedded always, the server when configured. */
export const databaseTargets: { name: string; open: () => Promise<Database> }[] = [
  { name: 'pglite', open: memoryDatabase },
  ...(process.env.TEST_DATABASE_URL
    ? [{ name: 'postgres', open: () => serverDatabase(process.env.TEST_DATABASE_URL as string) }]
    : []),
]
