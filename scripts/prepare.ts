/**
 * Run by `npm start` (scripts/start.mjs) in a short-lived process of its own: builds the web app
 * and the server bundle when either is missing or stale.
 */
import { spawnSync } from 'node:child_process'
import { buildServer, serverBuildIsStale } from './build-server'
import { buildIsStale, root } from './build-state'

const web = buildIsStale()
if (web) {
  console.log(`Building the web app (${web})…`)
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (built.status !== 0) {
    console.error('The web build failed; see the messages above.')
    process.exit(built.status ?? 1)
  }
}
const server = serverBuildIsStale()
if (server) {
  console.log(`Building the server (${server})…`)
  try {
    await buildServer()
  } catch (e) {
    console.error('The server build failed:', e instanceof Error ? e.message : e)
    process.exit(1)
  }
}
