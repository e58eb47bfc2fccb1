/**
 * `npm run bench`: every benchmark, each figure a median over repeated rounds, anchors measured in
 * the same run. Needs the built app (`npm run build`) for the browser figures that later join here.
 */
import { cpus, totalmem } from 'node:os'
import { analyticsBench } from './analytics'
import { codeReadBench } from './code-read'
import { procedureFetchBench } from './procedure-fetch'

type Bench = { name: string; figures: Record<string, number>; target: string; met: boolean }

const benches: (() => Promise<Bench>)[] = [procedureFetchBench, codeReadBench, analyticsBench]

console.log(
  `Fixpoint benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
)
let missed = 0
for (const run of benches) {
  const b = await run()
  console.log(`\n${b.name}  (target: ${b.target}: ${b.met ? 'met' : 'MISSED'})`)
  for (const [k, v] of Object.entries(b.figures))
    console.log(`  ${k}: ${Number.isInteger(v) ? v : v.toFixed(2)}`)
  if (!b.met) missed++
}
process.exit(missed > 0 ? 1 : 0)
