import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { newToken } from './tokens'

/**
 * The key for token hashes: SESSION_SECRET when set (required when several instances share a
 * database), otherwise one generated once and kept in DATA_DIR so restarts keep sessions valid.
 */
export function loadSessionSecret(configured: string | undefined, dataDir: string): string {
  if (configured) return configured
  const file = join(dataDir, 'session-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dataDir, { recursive: true })
  const secret = newToken()
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
