import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { spawnServer } from './server'

/** Where the e2e tier's global setup left its prepared data directory (unset elsewhere). */
export const TEMPLATE_ENV = 'FIXPOINT_E2E_DATA_TEMPLATE'
/** The same for the API tier's servers (tests/api/global-setup.ts). */
export const API_TEMPLATE_ENV = 'FIXPOINT_API_DATA_TEMPLATE'

/**
 * The data directory of a server that started once on an empty one and stopped cleanly: the
 * embedded database created, migrated and seeded with the sample catalog, no staff accounts.
 * Browser tests start their servers on copies of it: about 2 s a start instead of 6 (creating a
 * PGlite cluster dominates), while each server still runs its own migrations check and catalog
 * import at start, on a directory of its own. A fresh start on an empty directory stays covered
 * by tests/api/server-process.test.ts and the cold-start bench.
 */
export async function makeDataTemplate(env: Record<string, string>): Promise<string> {
  const server = await spawnServer({ LOG_REQUESTS: '0', ...env })
  const code = await server.stop({ keepData: true })
  if (code !== 0) {
    rmSync(server.dataDir, { recursive: true, force: true })
    throw new Error(`the template server exited with ${code}:\n${server.output()}`)
  }
  return server.dataDir
}

/** A fresh copy of the template for one server (a new temporary directory), or null without one. */
export function copyOfTemplate(envName = TEMPLATE_ENV): string | null {
  const template = process.env[envName]
  if (!template) return null
  const dir = mkdtempSync(join(tmpdir(), 'fixpoint-data-'))
  cpSync(template, dir, { recursive: true })
  return dir
}
