/** `npm run models:check`: validates the catalog in models/ and exits non-zero on any problem. */
import { join } from 'node:path'
import { checkCatalog, formatProblem, formatSummary } from './catalog-check'

const report = await checkCatalog(join(import.meta.dirname, '..', '..', 'models'))
for (const product of report.products) console.log(formatSummary(product))
if (report.problems.length > 0) {
  console.error(`\n${report.problems.length} problem(s):`)
  for (const p of report.problems) console.error(`  ${formatProblem(p)}`)
  process.exitCode = 1
} else {
  console.log(`ok: ${report.products.length} products`)
}
