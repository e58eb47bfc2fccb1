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
// The scale-out, failover and PostgreSQL tests need a PostgreSQL server: the local one when it
// answers and none is named (those tests fail, saying what to set, when there is none at all).
if (!process.env.TEST_DATABASE_URL) {
  const local = 'postgres://root@127.0.0.1:5432/test'
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const c = new (require('pg').Client)({ connectionString: ${JSON.stringify(local)}, connectionTimeoutMillis: 2000 }); c.connect().then(() => c.end(), () => process.exit(1))`,
    ],
    { stdio: 'ignore' },
  )
  if (probe.status === 0) {
    process.env.TEST_DATABASE_URL = local
    console.log(`TEST_DATABASE_URL not set: using the local PostgreSQL server, ${local}`)
  } else console.log(`TEST_DATABASE_URL not set and no PostgreSQL server at ${local}`)
}
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
