import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seriousViolationsIn } from '../helpers/axe'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const ADMIN = { ADMIN_EMAIL: 'author@example.com', ADMIN_PASSWORD: 'translations-e2e-pass' }
/** The sample catalog's procedure with a German translation (models/espresso-one). */
const PROC = 'replace-water-filter'
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
// Signed-out `me` answers 401 by contract and the app handles it; Chromium logs it anyway.
const expected = /status of 401 .*\/api\/auth\/me\)$/

let server: AppServer
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function withPage(
  options: Parameters<typeof openGuardedPage>[2],
  run: (g: GuardedPage) => Promise<void>,
) {
  const g = await openGuardedPage(browser, server.url, options)
  try {
    await run(g)
  } finally {
    await g.close()
  }
  expect(g.problems.filter((p) => !expected.test(p))).toEqual([])
}

/** Opens the espresso machine's page and starts the water-filter repair from its card. */
/** Opens the espresso machine's page and starts the repair on the card titled `cardTitle`; `start` is the button's name in the page's language. */
async function startRepair(page: Page, cardTitle: string, start = 'Start this repair') {
  await page.goto('/p/espresso-one')
  const card = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { name: cardTitle }) })
  await card.waitFor()
  await card.getByRole('button', { name: start }).click()
  await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
}

/** Publishes the procedure again with its first step retitled, through the studio API. */
async function publishNewVersion(page: Page, title: string) {
  const csrf = (await page.context().cookies()).find((c) => c.name === 'fp_csrf')?.value ?? ''
  const headers = { 'x-csrf-token': csrf }
  const info = await (await page.request.get(`/api/studio/procedures/${PROC}`)).json()
  const v = await (
    await page.request.get(`/api/studio/procedures/${PROC}/versions/${info.latestVersion}`)
  ).json()
  const draft = structuredClone(info.draft ?? v.procedure)
  draft.steps[0].title = title
  const saved = await page.request.put(`/api/studio/procedures/${PROC}/draft`, {
    headers,
    data: { draft, baseRevision: info.revision },
  })
  expect(saved.status()).toBe(200)
  const published = await page.request.post(`/api/studio/procedures/${PROC}/publish`, {
    headers,
    data: { changeNote: 'Clearer first step', baseRevision: (await saved.json()).revision },
  })
  expect(published.status()).toBe(201)
  return (await published.json()).version as number
}

describe('procedure translations in a real browser', () => {
  it('a German phone walks the procedure in German, UI and content', async () => {
    await withPage({ device: { ...PHONE, locale: 'de-DE' } }, async ({ page }) => {
      await startRepair(page, 'Wasserfilter wechseln', 'Reparatur starten')
      await page.getByRole('heading', { level: 1, name: 'Wasserfilter wechseln' }).waitFor()
      await page.getByRole('heading', { level: 2, name: 'Wassertank herausheben' }).waitFor()
      await page
        .getByText('Heben Sie den Tank an der Rückseite senkrecht nach oben heraus')
        .waitFor()
      expect(await page.locator('main').getAttribute('lang')).toBe('de')
      expect(await page.getByTestId('language-note').count()).toBe(0)
      expect(await page.locator('html').getAttribute('lang')).toBe('de')
      await page.getByText('Schritt 1 von', { exact: false }).waitFor()
      await page.getByRole('button', { name: 'Weiter' }).click()
      await page.getByRole('heading', { level: 2, name: 'Alten Filter herausziehen' }).waitFor()
      await page.getByRole('button', { name: 'Weiter' }).click()
      await page.getByRole('heading', { level: 2, name: 'Neuen Filter wässern' }).waitFor()
      await page.getByText('Ein trockener Filter schwimmt oben').waitFor()
    })
  })

  it('a Japanese phone gets English with a note that says so', async () => {
    await withPage({ device: { ...PHONE, locale: 'ja-JP' } }, async ({ page }) => {
      await startRepair(page, 'Replace the water filter')
      await page.getByRole('heading', { level: 1, name: 'Replace the water filter' }).waitFor()
      const note = page.getByRole('note').filter({ hasText: 'not available in' })
      await note.waitFor()
      expect(await note.textContent()).toBe(
        'This guide is not available in 日本語; showing English.',
      )
      expect(await note.isVisible()).toBe(true)
      await page.getByRole('heading', { level: 2, name: 'Lift out the water tank' }).waitFor()
    })
  })

  it('a new publish flags the German translation stale; saving it for the new version re-pins it', async () => {
    await withPage({ injectsTestScripts: true }, async ({ page }) => {
      await page.goto(`/login?next=/studio/procedures/${PROC}`)
      await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
      await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('link', { name: 'Translations' }).click()
      const row = page.getByRole('row', { name: /German/ })
      await row.getByText('Up to date (version 1)').waitFor()

      const v2 = await publishNewVersion(page, 'Lift the water tank out')
      await page.reload()
      await row.getByText(`Stale: made from version 1, current version ${v2}`).waitFor()
      // Customers are not served the stale translation.
      const served = await page.request.get(`/api/procedures/${PROC}?lang=de`)
      expect((await served.json()).language).toBe('en')

      await row.getByRole('link', { name: /Edit German/ }).click()
      await page.getByText(`This translation was made from version 1.`).waitFor()
      // The changed source text is marked, with what it was; the translation field is labelled.
      const field = page.getByLabel('Step 1: title', { exact: true })
      expect(await field.inputValue()).toBe('Wassertank herausheben')
      await page.getByText('Changed since version 1').waitFor()
      await page.getByText('Was: Lift out the water tank').waitFor()
      expect(await page.locator('[data-changed]').count()).toBe(1)

      expect(await seriousViolationsIn(page, ['main'])).toEqual([])

      // Keyboard only: focus the field, type, save with the shortcut.
      await field.focus()
      await page.keyboard.press('ControlOrMeta+A')
      await page.keyboard.type('Wassertank herausnehmen')
      await page.keyboard.press('Control+S')
      await page.getByText('Saved. Every text is translated.').waitFor()
      expect(await page.getByText('This translation was made from version 1.').count()).toBe(0)

      await page.getByRole('link', { name: 'Translations', exact: true }).click()
      await row.getByText(`Up to date (version ${v2})`).waitFor()
      const again = await (await page.request.get(`/api/procedures/${PROC}?lang=de`)).json()
      expect(again.language).toBe('de')
      expect(again.steps[0].title).toBe('Wassertank herausnehmen')

      // Analytics split by the language each session was served in: the German phone's session
      // in German, the Japanese phone's in English.
      await page.goto(`/studio/analytics/${PROC}`)
      const byLanguage = page.getByRole('table', { name: 'By language: All versions' })
      await byLanguage.waitFor()
      const cells = async (name: RegExp) =>
        (await byLanguage.getByRole('row', { name }).getByRole('cell').allTextContents()).slice(
          0,
          1,
        )
      expect(await cells(/^German/)).toEqual(['1'])
      expect(await cells(/^English/)).toEqual(['1'])
      const exportLink = page.getByRole('link', { name: 'Sessions (CSV)' })
      await page.getByLabel('Content language').selectOption('de')
      expect(await exportLink.getAttribute('href')).toContain('language=de')
    })
  })
})
