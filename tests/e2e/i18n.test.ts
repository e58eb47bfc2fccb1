import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { appTest } from '../helpers/app-fixture'
import { seriousViolationsIn } from '../helpers/axe'
import { PHONE_PAGE } from '../helpers/phone-ar'

/** The fixture's test for a browser set to `locale`; call inside a describe (overrides are per suite). */
const inBrowser = (locale: string, device?: (typeof PHONE_PAGE)['device']) =>
  appTest.override('pageOptions', { locale, injectsTestScripts: true, device })

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang)

/** Opens the router's factory reset guide from its product page and waits for the 3D view. */
async function startGuide(page: Page, startLabel: string, view3d: RegExp) {
  await page.goto('/p/wavelink-ax3000')
  const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
  await card.getByRole('button', { name: startLabel }).click()
  await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
  await page.getByRole('img', { name: view3d }).locator('canvas').waitFor()
}

describe('a German browser', () => {
  inBrowser('de-DE')(
    'a German browser gets German; the switcher moves to French and keeps it',
    async ({ guarded }) => {
      const { page } = guarded
      await page.goto('/')
      await page
        .getByRole('heading', { level: 1, name: 'Selbst reparieren, Schritt für Schritt' })
        .waitFor()
      expect(await lang(page)).toBe('de')
      // Plurals by the ICU rules, in German.
      await page
        .getByText(/\d+ Reparaturanleitung(en)?$/)
        .first()
        .waitFor()
      expect(await page.getByLabel('Sprache').inputValue()).toBe('de')
      expect(await seriousViolationsIn(page, ['body'])).toEqual([])

      await startGuide(page, 'Reparatur starten', /^3D-Ansicht des Produkts/)
      await page.getByText('Schritt 1 von 8', { exact: true }).waitFor()
      await page.getByText('Bevor Sie beginnen', { exact: true }).waitFor()
      await page.getByRole('button', { name: 'Weiter', exact: true }).click()
      await page.getByText('Schritt 2 von 8', { exact: true }).waitFor()
      const stepTitle = await page.getByRole('heading', { level: 2 }).first().textContent()
      expect(await seriousViolationsIn(page, ['body'])).toEqual([])

      // Switching mid-repair re-renders in place: same step, same URL, now in French.
      const url = page.url()
      await page.getByLabel('Sprache').selectOption('fr')
      await page.getByText('Étape 2 sur 8', { exact: true }).waitFor()
      expect(page.url()).toBe(url)
      expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toBe(stepTitle)
      await page.getByRole('button', { name: 'Suivant', exact: true }).waitFor()
      expect(await lang(page)).toBe('fr')
      expect(await seriousViolationsIn(page, ['body'])).toEqual([])

      // The choice outlives a reload, over the browser's German.
      await page.reload()
      await page.getByText(/^Étape \d+ sur 8$/).waitFor()
      expect(await page.getByLabel('Langue').inputValue()).toBe('fr')
      await page.goto('/')
      await page
        .getByRole('heading', { level: 1, name: 'Réparez vous-même, étape par étape' })
        .waitFor()
      expect(await lang(page)).toBe('fr')
      expect(await seriousViolationsIn(page, ['body'])).toEqual([])
    },
  )
})

describe('a Japanese browser, on the phone', () => {
  inBrowser('ja-JP', PHONE_PAGE.device)(
    'gets English, and can choose Spanish',
    async ({ guarded }) => {
      const { page } = guarded
      await page.goto('/')
      await page.getByRole('heading', { level: 1, name: 'Fix it yourself, step by step' }).waitFor()
      expect(await lang(page)).toBe('en')
      await page.getByLabel('Language').selectOption('es')
      await page
        .getByRole('heading', { level: 1, name: 'Repárelo usted mismo, paso a paso' })
        .waitFor()
      await page
        .getByText(/ \d+ guías? de reparación$/)
        .first()
        .waitFor()
      expect(await lang(page)).toBe('es')
    },
  )
})

describe('the pseudo-locale', () => {
  // On the phone: text about a third longer must still wrap within the screen.
  inBrowser('en-US', PHONE_PAGE.device)(
    'the pseudo-locale leaves no visible text untranslated on the home page',
    async ({ guarded, server }) => {
      const { page } = guarded
      const products: unknown = await (await fetch(`${server.url}/api/products`)).json()
      // Catalog data (names, brands, model numbers) is content, not UI text: it stays as it is.
      const data = new Set<string>()
      const collect = (v: unknown): void => {
        if (typeof v === 'string') data.add(v)
        else if (Array.isArray(v)) v.forEach(collect)
        else if (v && typeof v === 'object') Object.values(v).forEach(collect)
      }
      collect(products)

      await page.goto('/?lang=en-XA')
      await page.getByRole('list').getByRole('link').first().waitFor()
      const h1 = await page.getByRole('heading', { level: 1 }).textContent()
      expect(h1).toMatch(/^\[Ƒîẋ îţ ýöûŕšéļƒ.* ~+\]$/)
      expect(await lang(page)).toBe('en-XA')

      const visible = await page.evaluate(() => {
        const texts: string[] = []
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement
          if (!el || el.closest('[translate="no"], script, style, noscript')) continue
          if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue
          if (n.textContent?.trim()) texts.push(n.textContent)
        }
        for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
          texts.push(input.placeholder)
        }
        return texts
      })
      expect(visible.length).toBeGreaterThan(5)
      const unwrapped = visible
        .map((text) => text.replace(/\[[^\]]*\]/g, '').trim())
        .filter((rest) => rest && !data.has(rest) && !/^[\s\d\p{P}\p{S}]*$/u.test(rest))
      expect(unwrapped).toEqual([])
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth])
      expect(widths[0]).toBeLessThanOrEqual(widths[1] ?? 0)
    },
  )
})
