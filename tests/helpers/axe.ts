import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8')

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/**
 * axe-core's serious and critical violations within the elements that match `selectors`, one line
 * each. axe is evaluated through the devtools protocol, so the page keeps its own CSP.
 */
export async function seriousViolationsIn(page: Page, selectors: string[]): Promise<string[]> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown) => Promise<{ violations: unknown[] }> }
      }
    ).axe
    return (await axe.run({ include: include.map((s) => [s]) })).violations
  }, selectors)
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
}
