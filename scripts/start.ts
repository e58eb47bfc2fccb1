/**
 * `npm start`: builds the web app when the build is missing or stale, then runs the one server
 * process that serves the app, the API, the WebSocket and /models.
 */
import { spawnSync } from 'node:child_process'
import { buildIsStale, root } from './build-state'

const reason = buildIsStale()
if (reason) {
  console.log(`Building the web app (${reason})…`)
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (built.status !== 0) {
    console.error('The web build failed; see the messages above.')
    process.exit(built.status ?? 1)
  }
}
await import('../server/index')
