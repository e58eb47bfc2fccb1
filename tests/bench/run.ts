/**
 * `npm run bench`: every benchmark, each figure a median over repeated rounds, anchors measured in
 * the same run. Builds the web app first, since the browser figures load what customers get: the
 * production dist/, and dist-test/ (the same app with its test hooks) for the benches that read
 * the app's state through them (xr-frame, label-align, shared-view).
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { type Bench, benches } from './list'

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
console.log(`Fixpoint benchmarks on ${machine}`)
const began = performance.now()
execSync('npx vite build --logLevel warn', { stdio: 'inherit' })
execSync('npx vite build --mode test --logLevel warn', { stdio: 'inherit' })
const results: Bench[] = []
let missed = 0
for (const run of benches) {
  // A bench that breaks is reported as missed with its error; the others still run.
  const b = await run().catch(
    (e: unknown): Bench => ({
      name: run.name,
      method: 'It failed before measuring anything.',
      figures: {},
      target: `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      met: false,
    }),
  )
  results.push(b)
  console.log(`\n${b.name}  (target: ${b.target}: ${b.met ? 'met' : 'MISSED'})`)
  for (const [k, v] of Object.entries(b.figures))
    console.log(`  ${k}: ${Number.isInteger(v) ? v : v.toFixed(2)}`)
  if (!b.met) missed++
}
const fmt = (v: number) =>
  Number.isNaN(v) ? 'not measured' : Number.isInteger(v) ? String(v) : v.toFixed(2)
const md = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, commit ${commit}, on ${machine}.`,
  '',
  ...results.flatMap((b) => [
    `## ${b.name}`,
    '',
    `Method: ${b.method}`,
    '',
    `Target: ${b.target} — **${b.met ? 'met' : 'missed'}**`,
    '',
    '| figure | value |',
    '| --- | --- |',
    ...Object.entries(b.figures).map(([k, v]) => `| ${k} | ${fmt(v)} |`),
    '',
  ]),
]
md.splice(
  3,
  0,
  `The whole run took ${((performance.now() - began) / 60_000).toFixed(1)} minutes; ${missed === 0 ? 'every target was met' : `${missed} target(s) missed`}.`,
)
writeFileSync('BENCHMARKS.md', `${md.join('\n')}\n`)
console.log('\nWrote BENCHMARKS.md')
process.exit(missed > 0 ? 1 : 0)
