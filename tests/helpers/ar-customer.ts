import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { expectPanel, lookAt, press, pullTrigger } from './xr-input'

/** The customer on an emulated Quest 3: the router's factory reset started, the twin placed and locked. */
export async function customerInQuestAr(page: Page) {
  // A small, single-view canvas keeps software-rendered frames fast enough for timely input.
  await page.setViewportSize({ width: 480, height: 360 })
  await page.goto('/p/wavelink-ax3000?emulate=quest3')
  const card = page.getByRole('article', { name: 'Factory-reset the router' })
  await card.getByRole('button', { name: 'Start this repair' }).click()
  await page.waitForURL(/\/repair\//)
  await page.evaluate(() => {
    const device = window.__fixpointXR?.device
    if (device) device.stereoEnabled = false
  })
  await page.getByRole('button', { name: 'Start AR' }).click()
  await expectPanel(page, 'pull the trigger')
  await lookAt(page, 'controller-right', [0.1, 0, -1])
  await expect
    .poll(() => page.evaluate(() => window.__fixpointAR?.values().surface), { timeout: 10_000 })
    .toBe('hit-test')
  await pullTrigger(page)
  await expectPanel(page, 'Then lock it')
  await press(page, 'lock')
  await expectPanel(page, 'Step 1 of', 'Photograph the label')
}
