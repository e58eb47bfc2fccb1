import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const axePath = createRequire(import.meta.url).resolve('axe-core')

let server: AppServer
let browser: Browser
let guarded: GuardedPage

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})
beforeEach(async () => {
  guarded = await openGuardedPage(browser, server.url, { injectsTestScripts: true })
})
afterEach(async () => {
  const { problems } = guarded
  await guarded.close()
  expect(problems).toEqual([])
})

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core's serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe
    return (await axe.run()).violations
  })
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
}

describe('customer pages have no serious or critical accessibility violations', () => {
  it('scan, product, guide and outcome', async () => {
    const { page } = guarded
    await page.goto('/')
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByRole('list').getByRole('link').first().waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await page.goto('/p/espresso-one')
    await page.getByRole('heading', { name: 'What is wrong?' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Start this repair' }).first().click()
    await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
    await page.getByText('Step 1 of', { exact: false }).waitFor()
    await page
      .getByRole('img', { name: /3D view of the product/ })
      .locator('canvas')
      .waitFor()
    expect(await seriousViolations(page)).toEqual([])

    // A step with bullets and a check question, then the outcome question.
    for (let i = 0; i < 30; i++) {
      const answer = page.locator('.check-answer').first()
      if (await answer.count()) await answer.click()
      else if (await page.getByRole('button', { name: 'Finish' }).count()) break
      else await page.getByRole('button', { name: 'Next', exact: true }).click()
    }
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Finish' }).click()
    await page.getByRole('heading', { level: 2, name: 'Is it fixed?' }).waitFor()
    expect(await seriousViolations(page)).toEqual([])
  })
})
