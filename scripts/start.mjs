// `npm start`: builds what is missing or stale (scripts/prepare.ts, in a process of its own, so
// none of the build tools stay in memory), then runs the server bundle in this process: the one
// server process that serves the app, the API, the WebSocket and /models. Plain Node, no tsx.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare.ts'], {
  cwd: root,
  stdio: 'inherit',
})
if (prepared.status !== 0) process.exit(prepared.status ?? 1)
// Stack traces name the TypeScript sources (the bundle has its source map).
process.setSourceMapsEnabled(true)
await import(pathToFileURL(join(root, 'dist-server', 'index.mjs')).href)
