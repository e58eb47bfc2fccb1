import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect } from 'vitest'
import { root } from '../../scripts/build-state'
import { appTest } from '../helpers/app-fixture'
import { openGuardedPage } from '../helpers/browser'
import { startAppServer } from '../helpers/e2e-server'
import { PHONE_PAGE } from '../helpers/phone-ar'

// A server of its own on a copy of the test build, so the test can publish a "new version" of
// the service worker without touching dist-test/ that other files serve.
const test = appTest.override('pageOptions', PHONE_PAGE)

describe('a new version of the app', { timeout: 150_000 }, () => {
  test('waits while a repair is in progress, then is offered outside the guide', async ({
    browser,
  }) => {
    const dist = mkdtempSync(join(tmpdir(), 'fixpoint-sw-update-'))
    cpSync(join(root, 'dist-test'), dist, { recursive: true })
    const server = await startAppServer({ DIST_DIR: dist })
    const guarded = await openGuardedPage(browser, server.url, PHONE_PAGE)
    try {
      const { page } = guarded
      await page.goto('/p/wavelink-ax3000')
      const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true })
      await heading('Photograph the label').waitFor()
      await page.getByText('Saved on this device', { exact: false }).waitFor()
      await page.getByRole('button', { name: 'Next', exact: true }).click()
      await heading('Try a restart first').waitFor()

      // A new version is deployed; the browser finds it (as it does on a navigation, or hourly).
      appendFileSync(join(dist, 'sw.js'), '\n// a new version\n')
      const waiting = () =>
        page.evaluate(async () => {
          const r = await navigator.serviceWorker.getRegistration()
          await r?.update()
          return r?.waiting?.state ?? null
        })
      await expect.poll(waiting, { timeout: 30_000 }).toBe('installed')

      // The guide is untouched: same step, the old worker still in charge, no reload offered.
      const updateReady = page.getByText('A new version of Fixpoint is ready.')
      await page.waitForTimeout(1000)
      expect(await updateReady.count()).toBe(0)
      await heading('Try a restart first').waitFor()
      await page.getByRole('button', { name: 'Next', exact: true }).click()
      await heading('Wait for a steady power light').waitFor()
      expect(
        await page.evaluate(
          async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state,
        ),
      ).toBe('installed')

      // Outside the guide, the new version is offered; taking it reloads onto it.
      await page.getByRole('link', { name: 'Fixpoint' }).first().click()
      await page.locator('.list-link').first().waitFor()
      await updateReady.waitFor()
      await page.getByRole('button', { name: 'Reload' }).click()
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const r = await navigator.serviceWorker.getRegistration()
              return {
                waiting: r?.waiting ?? null,
                controlled: navigator.serviceWorker.controller?.state ?? null,
              }
            }),
          { timeout: 30_000 },
        )
        .toEqual({ waiting: null, controlled: 'activated' })
      await page.locator('.list-link').first().waitFor()
      expect(await updateReady.count()).toBe(0)
      expect(guarded.problems).toEqual([])
    } finally {
      await guarded.close()
      await server.stop()
      rmSync(dist, { recursive: true, force: true })
    }
  })
})
