import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const root = resolve(import.meta.dirname, '..')

/** The test build (`vite build --mode test`): the app with its test hooks, served to e2e tests. */
export const TEST_DIST = 'dist-test'

/** The command that makes the build in `dist` (relative to the repository). */
export const buildCommand = (dist: string) =>
  relative(root, resolve(root, dist)) === TEST_DIST
    ? 'npx vite build --mode test'
    : 'npx vite build'

/** The newest modification time of a file or anything under a folder (0 when it is missing). */
export function newest(path: string): number {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let max = st.mtimeMs
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)))
  return max
}

/** Why the web build in `dist` must be made again, or null when it is newer than all its sources. */
export function buildIsStale(dist = 'dist'): string | null {
  const built = resolve(root, dist, 'index.html')
  if (!existsSync(built)) return 'no build yet'
  const builtAt = statSync(built).mtimeMs
  const sources = [
    'web',
    'server/domain',
    'vite.config.ts',
    'scripts/pwa-precache.ts',
    'package-lock.json',
    'tsconfig.json',
  ]
  const changed = sources.find((s) => newest(join(root, s)) > builtAt)
  return changed ? `${changed} changed since the last build` : null
}
