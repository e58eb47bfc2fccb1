/**
 * The server as `npm start` runs it: one ES module bundle in `dist-server/` (npm packages stay
 * outside, loaded from node_modules), run by plain Node. Run from source under tsx, a server
 * idles ~80 MB higher: tsx's loader and the transformed sources it keeps.
 */
import { cpSync, existsSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { newest, root } from './build-state'

export const SERVER_DIST = 'dist-server'
/** The bundle's entry; Node runs this. */
export const serverEntry = resolve(root, SERVER_DIST, 'index.mjs')

/** Why the server bundle must be made again, or null when it is newer than all its sources. */
export function serverBuildIsStale(): string | null {
  if (!existsSync(serverEntry)) return 'no server build yet'
  const builtAt = statSync(serverEntry).mtimeMs
  const sources = ['server', 'package-lock.json', 'tsconfig.json', 'scripts/build-server.ts']
  const changed = sources.find((s) => newest(join(root, s)) > builtAt)
  return changed ? `${changed} changed since the last server build` : null
}

/**
 * Bundles `server/index.ts`. Code splitting keeps the modules the server imports only when needed
 * (model checks, photo cleaning) in chunks of their own, loaded then. The migrations are copied
 * beside the bundle, where the database code looks for them.
 */
export async function buildServer() {
  const out = resolve(root, SERVER_DIST)
  rmSync(out, { recursive: true, force: true })
  await build({
    entryPoints: { index: resolve(root, 'server/index.ts') },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  })
  cpSync(resolve(root, 'server/db/migrations'), join(out, 'migrations'), { recursive: true })
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  await buildServer()
  console.log(`Server bundle written to ${SERVER_DIST}/`)
}
