/**
 * `npm run db:backup -- <file.tar.gz>`: the embedded database's whole data directory (DATA_DIR) to
 * one file, with the server stopped. On PostgreSQL use pg_dump (README, "Operations").
 */
import { resolve } from 'node:path'
import { BackupError, backupDataDir } from '../server/db/backup'
import { DataDirLockedError } from '../server/db/lock'
import { EnvError, readEnv } from '../server/env'

const file = process.argv[2]
try {
  const env = readEnv()
  if (env.DATABASE_URL)
    throw new BackupError(
      'DATABASE_URL is set: back up PostgreSQL with pg_dump, e.g. pg_dump --format=custom --file=fixpoint.dump "$DATABASE_URL" (README, "Operations").',
    )
  if (!file) throw new BackupError('Name the file to write: npm run db:backup -- backup.tar.gz')
  await backupDataDir(resolve(env.DATA_DIR), file)
  console.log(`Backed up ${resolve(env.DATA_DIR)} to ${resolve(file)}.`)
} catch (err) {
  if (err instanceof DataDirLockedError)
    console.error(`${err.message}\nA backup is taken with the server stopped.`)
  else if (err instanceof BackupError || err instanceof EnvError) console.error(err.message)
  else console.error(`The backup failed: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
}
