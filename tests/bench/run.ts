/**
 * `npm run bench`: every benchmark, each figure a median over repeated rounds, anchors measured in
 * the same run. Needs the built app (`npm run build`) for the browser figures that later join here.
 */
import { execSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { analyticsBench } from './analytics'
import { codeReadBench } from './code-read'
import { ingestionBench } from './ingestion'
import { procedureFetchBench } from './procedure-fetch'

type Bench = { name: string; figures: Record<string, number>; target: string; met: boolean }

const benches: (() => Promise<Bench>)[] = [
  procedureFetchBench,
  ingestionBench,
  codeReadBench,
  analyticsBench,
]

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
const commit = (() => {
  try {
    return execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
})()
console.log(`Fixpoint benchmarks on ${machine}`)
const results: Bench[] = []
let missed = 0
for (const run of benches) {
  const b = await run()
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
  'Each figure is a median over repeated rounds; anchors are measured in the same run.',
  '',
  ...results.flatMap((b) => [
    `## ${b.name}`,
    '',
    `Target: ${b.target} — **${b.met ? 'met' : 'missed'}**`,
    '',
    '| figure | value |',
    '| --- | --- |',
    ...Object.entries(b.figures).map(([k, v]) => `| ${k} | ${fmt(v)} |`),
    '',
  ]),
]
writeFileSync('BENCHMARKS.md', `${md.join('\n')}\n`)
console.log('\nWrote BENCHMARKS.md')
process.exit(missed > 0 ? 1 : 0)
