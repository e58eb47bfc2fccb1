import { expect } from 'vitest'
import { appTest } from '../helpers/app-fixture'

/**
 * The API reference at /api/docs in real Chromium, under the app's own CSP (not bypassed): every
 * file from our origin (the guarded page aborts and reports anything else), no CSP violation, no
 * console error, and the operations of the generated document on screen.
 */
appTest('the API reference renders from our own origin under our CSP', async ({ guarded }) => {
  const { page, problems } = guarded
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    )
  })
  await page.goto('/api/docs')
  await expect
    .poll(() => page.getByRole('heading', { name: /Fixpoint API/ }).count(), { timeout: 20_000 })
    .toBeGreaterThan(0)
  // An operation of the document, with its method and path, as a reader sees it.
  const start = page.locator('.opblock-summary', { hasText: '/api/sessions' }).first()
  await expect.poll(() => start.isVisible()).toBe(true)
  await start.locator('.opblock-summary-method').first().waitFor()
  await page.locator('.opblock-tag', { hasText: 'sessions' }).first().waitFor()
  const origins = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((r) => new URL(r.name).origin),
  )
  expect(new Set(origins)).toEqual(new Set([new URL(page.url()).origin]))
  expect(violations).toEqual([])
  expect(problems).toEqual([])
})
