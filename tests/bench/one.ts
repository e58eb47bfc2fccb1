/**
 * `npx tsx tests/bench/one.ts <name>`: one benchmark of `npm run bench` alone (after both builds), for
 * working on it; prints its figures as `run.ts` does.
 */
import { execSync } from 'node:child_process'
import { benches } from './list'

const name = process.argv[2]
const bench = benches.find((b) => b.name === name)
if (!bench) {
  console.error(`No benchmark "${name}"; one of: ${benches.map((b) => b.name).join(', ')}`)
  process.exit(2)
}
execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
execSync('npx vite build --mode test --logLevel warn', { stdio: 'inherit' })
const b = await bench()
console.log(`\n${b.name}  (target: ${b.target}: ${b.met ? 'met' : 'MISSED'})`)
console.log(`  method: ${b.method}`)
for (const [k, v] of Object.entries(b.figures)) console.log(`  ${k}: ${v}`)
