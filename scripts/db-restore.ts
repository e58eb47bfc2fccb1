/**
 * `npm run db:restore -- <file.tar.gz>`: replaces the embedded data directory (DATA_DIR) with a
 * backup, with the server stopped. The directory it replaces is kept beside it.
 */
import { resolve } from 'node:path'
import { BackupError, restoreDataDir } from '../server/db/backup'
import { DataDirLockedError } from '../server/db/lock'
import { EnvError, readEnv } from '../server/env'

const file = process.argv[2]
try {
  const env = readEnv()
  if (env.DATABASE_URL)
    throw new BackupError(
      'DATABASE_URL is set: restore PostgreSQL with pg_restore into an empty database, e.g. pg_restore --no-owner --dbname="$DATABASE_URL" fixpoint.dump (README, "Operations").',
    )
  if (!file)
    throw new BackupError('Name the backup to restore: npm run db:restore -- backup.tar.gz')
  const { keptAs } = await restoreDataDir(resolve(env.DATA_DIR), file)
  console.log(
    `Restored ${resolve(file)} into ${resolve(env.DATA_DIR)}.${keptAs ? ` The previous data directory is kept as ${keptAs}.` : ''}`,
  )
} catch (err) {
  if (err instanceof DataDirLockedError)
    console.error(`${err.message}\nA restore is done with the server stopped.`)
  else if (err instanceof BackupError || err instanceof EnvError) console.error(err.message)
  else console.error(`The restore failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
