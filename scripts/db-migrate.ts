/**
 * `npm run db:migrate`: applies pending migrations to the database the server would use
 * (`DATABASE_URL`, else the embedded one in `DATA_DIR`) and exits. For deployments that migrate
 * before rolling out instances started with `MIGRATE=0`; on PostgreSQL it takes the same advisory
 * lock as a starting instance, so running it beside live instances is safe.
 */
import { resolve } from 'node:path'
import { openDatabase } from '../server/db/client'
import { DataDirLockedError } from '../server/db/lock'
import { EnvError, readEnv } from '../server/env'

try {
  const env = readEnv()
  const database = env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.DATABASE_URL, max: 2 })
    : await openDatabase({ kind: 'pglite', dataDir: resolve(env.DATA_DIR) })
  await database.close()
  console.log(`Migrations applied (database: ${database.kind}).`)
} catch (err) {
  console.error(
    err instanceof EnvError || err instanceof DataDirLockedError
      ? err.message
      : `Migrating failed: ${err instanceof Error ? err.message : String(err)}`,
  )
  process.exit(1)
}
