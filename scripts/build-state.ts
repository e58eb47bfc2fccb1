import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..')

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let max = st.mtimeMs
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)))
  return max
}

/** Why the web build must be made again, or null when `dist/` is newer than all its sources. */
export function buildIsStale(): string | null {
  const built = join(root, 'dist', 'index.html')
  if (!existsSync(built)) return 'no build yet'
  const builtAt = statSync(built).mtimeMs
  const sources = ['web', 'server/domain', 'vite.config.ts', 'package-lock.json', 'tsconfig.json']
  const changed = sources.find((s) => newest(join(root, s)) > builtAt)
  return changed ? `${changed} changed since the last build` : null
}
