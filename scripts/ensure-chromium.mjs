// Makes sure the browser the end-to-end tests drive is installed: Debian's chromium at
// /usr/bin/chromium. As root it installs it with apt-get; otherwise it stops and says what to run.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'
const COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium'

if (existsSync(CHROMIUM)) process.exit(0)

if (process.getuid?.() !== 0) {
  console.error(
    `The browser tests need Chromium at ${CHROMIUM}, and it is missing. Install it with:\n\n  ${COMMAND}\n`,
  )
  process.exit(1)
}

console.log(`Chromium is missing at ${CHROMIUM}; installing Debian's chromium with apt-get…`)
for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
  const run = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (run.status !== 0) {
    console.error(
      `apt-get ${args.join(' ')} failed (exit ${run.status ?? run.signal}). Run it by hand:\n\n  ${COMMAND}\n`,
    )
    process.exit(1)
  }
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`)
  process.exit(1)
}
console.log(`Chromium installed at ${CHROMIUM}.`)
