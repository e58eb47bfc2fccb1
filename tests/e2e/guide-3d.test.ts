import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { sessionOf, watchEvents } from '../helpers/event-ledger'
import { routerResetEvents } from '../helpers/router-walk'

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
  guarded = await openGuardedPage(browser, server.url)
})
afterEach(async () => {
  const { problems } = guarded
  await guarded.close()
  expect(problems).toEqual([])
})

describe('the 3D guide (no WebXR in this browser)', () => {
  it('walks a branching procedure to "fixed", each event accepted exactly once', async () => {
    const { page } = guarded
    const ledger = watchEvents(page)
    await page.goto('/p/wavelink-ax3000')
    const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
    await card.getByRole('button', { name: 'Start this repair' }).click()
    await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)

    const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true })
    const expectStep = async (title: string, position: string) => {
      await heading(title).waitFor()
      await page.getByText(position, { exact: true }).waitFor()
      // Focus follows the step, so keyboard and screen reader users land on it.
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title)
    }
    const next = () => page.getByRole('button', { name: 'Next', exact: true }).click()

    await page.getByRole('heading', { level: 1, name: 'Factory-reset the router' }).waitFor()
    await heading('Photograph the label').waitFor()
    await page.getByText('Step 1 of 8', { exact: true }).waitFor()
    await page
      .getByRole('img', { name: /3D view of the product/ })
      .locator('canvas')
      .waitFor()
    await page.getByText('Before you start', { exact: true }).waitFor()
    expect(await page.getByRole('button', { name: 'Back' }).isDisabled()).toBe(true)

    await next()
    await expectStep('Try a restart first', 'Step 2 of 8')
    // Help puts the customer in the live queue with an honest place and wait; they can cancel.
    await page.getByRole('button', { name: 'Get help' }).click()
    await page.getByText('You are number 1 in the queue', { exact: false }).waitFor()
    await page.getByText('You can keep following the steps while you wait.').waitFor()
    await page.getByRole('button', { name: 'Cancel help request' }).click()
    await page.getByText('Your help request was cancelled.').waitFor()
    await next()
    await expectStep('Wait for a steady power light', 'Step 3 of 8')
    await next()
    await expectStep('Hold the reset button for 10 seconds', 'Step 4 of 8')
    await page.getByText('Caution:').first().waitFor()
    // A check step has its answers instead of Next.
    expect(await page.getByRole('button', { name: 'Next', exact: true }).count()).toBe(0)
    await page.getByRole('button', { name: 'Yes', exact: true }).click()
    // The branch skips "Reset while powering on" (step 5).
    await expectStep('Wait for the restart', 'Step 6 of 8')
    await next()
    await expectStep('Connect to the default Wi-Fi', 'Step 7 of 8')
    await next()
    await expectStep('Set the router up again', 'Step 8 of 8')
    await page.getByRole('button', { name: 'Finish' }).click()
    await page.getByRole('heading', { level: 2, name: 'Is it fixed?' }).waitFor()
    await page.getByRole('button', { name: 'Yes, it works now' }).click()
    await page.getByRole('heading', { level: 2, name: 'Great — well done!' }).waitFor()

    const expected = routerResetEvents()
    expect(await ledger.until(expected.length, 15_000, expected)).toBe(expected.length)
    await page.waitForTimeout(2500) // nothing more arrives later
    expect(ledger.summary()).toEqual(expected)
    expect(ledger.accepted).toBe(expected.length)

    const { id, token } = await sessionOf(page)
    const res = await fetch(`${server.url}/api/sessions/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    const body = (await res.json()) as { outcome: string; currentStepId: string; mode: string }
    expect(body).toMatchObject({ outcome: 'fixed', currentStepId: 'set-up-again', mode: 'inline' })
  })
})
