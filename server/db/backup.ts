import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { openDatabase } from './client'
import { lockDataDir } from './lock'

const run = promisify(execFile)

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {}

const LOCK = 'fixpoint.lock'
const hasDatabase = (dir: string) => existsSync(join(dir, 'pg', 'PG_VERSION'))

/**
 * Writes the whole embedded data directory (database, uploaded models, session secret, TLS
 * certificate) to a gzipped tar file. The server must be stopped: this takes the directory's lock,
 * so a running server makes it refuse (a copy of files PGlite is writing would not be consistent).
 */
export async function backupDataDir(dataDir: string, file: string): Promise<void> {
  const dir = resolve(dataDir)
  const out = resolve(file)
  if (!hasDatabase(dir))
    throw new BackupError(`There is no embedded database in ${dir} to back up.`)
  if (existsSync(out)) throw new BackupError(`${out} exists already; name a new file.`)
  const release = lockDataDir(dir)
  try {
    await run('tar', ['-czf', out, '-C', dir, `--exclude=./${LOCK}`, '.'])
  } catch (e) {
    rmSync(out, { force: true })
    throw new BackupError(`The backup could not be written: ${(e as Error).message}`)
  } finally {
    release()
  }
}

/**
 * Restores a backup into `dataDir`. The backup is unpacked beside it and opened (which also applies
 * any newer migrations) before anything is replaced; the directory it replaces is kept, renamed
 * `<dir>.before-restore-<time>`, so a restore loses nothing. Refuses while a server runs on it.
 */
export async function restoreDataDir(
  dataDir: string,
  file: string,
): Promise<{ keptAs: string | null }> {
  const dir = resolve(dataDir)
  const from = resolve(file)
  if (!existsSync(from)) throw new BackupError(`${from} does not exist.`)
  // Taken now so that a server starting meanwhile cannot open the directory being replaced.
  const release = existsSync(dir) ? lockDataDir(dir) : () => {}
  const staging = mkdtempSync(join(dirname(dir), `.${basename(dir)}.restoring-`))
  try {
    try {
      await run('tar', ['-xzf', from, '-C', staging])
    } catch (e) {
      throw new BackupError(`${from} is not a Fixpoint backup (tar.gz): ${(e as Error).message}`)
    }
    if (!hasDatabase(staging))
      throw new BackupError(`${from} holds no embedded database: not a Fixpoint backup.`)
    const database = await openDatabase({ kind: 'pglite', dataDir: staging })
    await database.close()
    let keptAs: string | null = null
    if (existsSync(dir)) {
      keptAs = `${dir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`
      // Our lock moves with it and is dropped there: the restored directory starts unlocked.
      renameSync(dir, keptAs)
      rmSync(join(keptAs, LOCK), { force: true })
    }
    renameSync(staging, dir)
    return { keptAs }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true })
    throw e
  } finally {
    release()
  }
}
