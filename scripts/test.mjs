// `npm test`: every tier. Sets up what it lacks (Debian's Chromium), builds the app twice (dist/,
// the production build, whose size and absence of test hooks are checked, and dist-test/, the same
// app with its test hooks, which the browser tests load), checks the catalog, then runs unit, API
// and end-to-end tests.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'

const run = (cmd, args, { exit = true } = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`)
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  if (exit && r.status !== 0) process.exit(r.status ?? 1)
  return r.status ?? 1
}

run('node', ['scripts/ensure-chromium.mjs'])
run('npx', ['vite', 'build', '--logLevel', 'warn'])
run('npx', ['vite', 'build', '--mode', 'test', '--logLevel', 'warn'])
run('node', ['scripts/check-bundle.mjs'])
run('npm', ['run', '--silent', 'models:check'])
mkdirSync('tests/.tmp', { recursive: true })
const report = 'tests/.tmp/vitest-report.json'
const status = run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { exit: false },
)
try {
  const r = JSON.parse(readFileSync(report, 'utf8'))
  // One plain closing line, whatever the reporter printed above.
  console.log(`\n${r.numPassedTests} passed, ${r.numFailedTests} failed`)
} catch {
  console.log('\nno test report was written')
}
process.exit(status)
