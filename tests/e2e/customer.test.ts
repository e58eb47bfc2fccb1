import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

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

describe('customer pages in a real browser', () => {
  it('the home page shows its heading and the seeded products', async () => {
    const { page } = guarded
    await page.goto('/')
    await page.getByRole('heading', { level: 1, name: 'Fix it yourself, step by step' }).waitFor()
    const links = page.getByRole('list').getByRole('link')
    await links.first().waitFor()
    expect(await links.count()).toBeGreaterThan(0)
    expect(await links.first().getAttribute('href')).toMatch(/^\/p\/[a-z0-9-]+$/)
  })

  it('the first page does not download the WebXR emulator', async () => {
    const { page, scripts } = guarded
    await page.goto('/')
    await page.getByRole('list').getByRole('link').first().waitFor()
    expect(scripts.size).toBeGreaterThan(0)
    // A string literal from iwer's installRuntime; minifiers keep string literals.
    const withEmulator = [...scripts].filter(([, src]) => src.includes('skipping installRuntime'))
    expect(withEmulator.map(([url]) => url)).toEqual([])
  })

  it('searching narrows the list and a product opens its repair guides', async () => {
    const { page } = guarded
    await page.goto('/')
    const first = page.getByRole('list').getByRole('link').first()
    await first.waitFor()
    const name = (await first.locator('.list-link-title').textContent()) ?? ''
    expect(name).not.toBe('')
    await page.getByLabel('Search products').fill('no-such-product-zzz')
    await page.getByText('No product matches “no-such-product-zzz”.').waitFor()
    await page.getByLabel('Search products').fill(name)
    await page.getByRole('link', { name: new RegExp(name) }).click()
    await page.getByRole('heading', { level: 1, name }).waitFor()
    await page.getByRole('heading', { name: 'What is wrong?' }).waitFor()
    expect(page.url()).toMatch(/\/p\/[a-z0-9-]+$/)
  })

  it('starting a repair opens the guide at its first step, keeping the serial number', async () => {
    const { page } = guarded
    await page.goto('/')
    const first = page.getByRole('list').getByRole('link').first()
    await first.waitFor()
    const href = (await first.getAttribute('href')) ?? ''
    await page.goto(`${href}?sn=SN-E2E-1`)
    await page.getByText('Serial number SN-E2E-1').waitFor()
    const card = page.getByRole('article').first()
    const title = (await card.getByRole('heading').textContent()) ?? ''
    await card.getByRole('button', { name: 'Start this repair' }).click()
    await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.getByText(/^Step 1 of \d+$/).waitFor()
    await page.getByRole('button', { name: 'Back' }).waitFor()
    // The session was made for this browser: no WebXR here, so the 3D fallback mode.
    const id = page.url().split('/').pop() ?? ''
    const token = await page.evaluate(
      (sid) => sessionStorage.getItem(`fixpoint.session.${sid}`),
      id,
    )
    const res = await fetch(`${server.url}/api/sessions/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    const body = (await res.json()) as { mode: string; serial: string | null }
    expect(body).toMatchObject({ mode: 'inline', serial: 'SN-E2E-1' })
  })

  it('a repair link opened without its token says why it cannot open', async () => {
    const { page } = guarded
    await page.goto('/repair/00000000-0000-4000-8000-000000000000')
    await page.getByRole('alert').getByText('started on another device', { exact: false }).waitFor()
  })

  it('an unknown address shows a friendly not-found page', async () => {
    const { page } = guarded
    await page.goto('/no/such/page')
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor()
    await page.getByRole('link', { name: 'Back to the start' }).waitFor()
  })
})
