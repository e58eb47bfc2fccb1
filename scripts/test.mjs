// `npm test`: every tier. Sets up what it lacks (Debian's Chromium), builds the app the browser
// tests load, checks the catalog, then runs unit, API and end-to-end tests.
import { spawnSync } from 'node:child_process'

const run = (cmd, args) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run('node', ['scripts/ensure-chromium.mjs'])
run('npx', ['vite', 'build', '--logLevel', 'warn'])
run('npm', ['run', '--silent', 'models:check'])
run('npx', ['vitest', 'run'])
