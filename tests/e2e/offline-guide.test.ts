import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { describe, expect } from 'vitest'
import { appTest } from '../helpers/app-fixture'
import { sessionOf, watchEvents } from '../helpers/event-ledger'
import { PHONE_PAGE } from '../helpers/phone-ar'

// A phone, in a fresh browser context per test: the service worker one test installs is gone
// with its context and can never answer for another test or file.
const test = appTest.override('pageOptions', PHONE_PAGE)

/**
 * With the network cut, Chromium logs every request that cannot go out (the help line's live
 * socket and its status reads, the outcome's first try) as a console error; those, and only
 * those, are expected here. Page errors and any other console error still fail the test.
 */
function withoutOfflineRequests(problems: string[]) {
  const offline = problems.filter((p) => /net::ERR_INTERNET_DISCONNECTED/.test(p))
  problems.splice(0, problems.length, ...problems.filter((p) => !offline.includes(p)))
}

/** Every URL held in the page's Cache Storage, by cache. */
function cachedUrls(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {}
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys()
      out[name] = keys.map((r) => new URL(r.url).pathname + new URL(r.url).search)
    }
    return out
  })
}

describe('the guide offline (service worker)', { timeout: 150_000 }, () => {
  test('a started repair goes on with no network: reload at the same step, finish, every event once', async ({
    guarded,
    server,
  }) => {
    const { page, context } = guarded
    const ledger = watchEvents(page)
    await page.goto('/p/wavelink-ax3000')
    const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
    await card.getByRole('button', { name: 'Start this repair' }).click()
    await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
    const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true })
    const next = () => page.getByRole('button', { name: 'Next', exact: true }).click()
    const view3d = page.getByRole('img', { name: /3D view of the product/ }).locator('canvas')

    await heading('Photograph the label').waitFor()
    // First visit: the service worker installs, and the guide is kept for offline use.
    await page
      .getByText('Saved on this device: this guide keeps working without a signal.')
      .waitFor()
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
      .toBe('activated')
    // Installable: Chromium reads the manifest without an error; its icons are the PNGs they say.
    const cdp = await context.newCDPSession(page)
    const { errors, data } = await cdp.send('Page.getAppManifest')
    await cdp.detach()
    expect(errors).toEqual([])
    const manifest = JSON.parse(data ?? '{}') as {
      display: string
      start_url: string
      icons: { src: string; sizes: string; purpose: string }[]
    }
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/' })
    for (const purpose of ['any', 'maskable'])
      for (const size of [192, 512]) {
        const icon = manifest.icons.find(
          (i) => i.purpose === purpose && i.sizes === `${size}x${size}`,
        )
        const png = PNG.sync.read(
          Buffer.from(await (await fetch(`${server.url}${icon?.src}`)).arrayBuffer()),
        )
        expect([png.width, png.height], `${purpose} ${size}`).toEqual([size, size])
      }
    const cached = Object.values(await cachedUrls(page)).flat()
    const { id } = await sessionOf(page)
    expect(cached).toContain(`/api/sessions/${id}`)
    expect(cached).toContain('/api/products/wavelink-ax3000')
    expect(cached.some((u) => /^\/models\/wavelink-ax3000\/model\.glb\?v=/.test(u))).toBe(true)
    expect(cached.some((u) => /^\/api\/procedures\/[^/]+\/versions\/\d+$/.test(u))).toBe(true)
    expect(cached.some((u) => u.startsWith('/index.html'))).toBe(true)

    await next()
    await heading('Try a restart first').waitFor()
    await next()
    await heading('Wait for a steady power light').waitFor()
    expect(await ledger.until(5)).toBe(5)

    // The signal goes (a basement): the guide says so calmly, and goes on.
    await context.setOffline(true)
    const offline = page.getByRole('status').filter({
      hasText: 'You’re offline — your progress is saved and will be sent when you’re back online.',
    })
    await offline.waitFor()
    await next()
    await heading('Hold the reset button for 10 seconds').waitFor()

    // Reloaded with no network: the app, the session, the procedure and the model come from the
    // service worker, and the guide is at the same step.
    await page.reload()
    await heading('Hold the reset button for 10 seconds').waitFor()
    await page.getByText('Step 4 of 8', { exact: true }).waitFor()
    await offline.waitFor()
    await view3d.waitFor()
    expect(await page.getByText('The 3D model could not be shown').count()).toBe(0)

    await page.getByRole('button', { name: 'No, nothing changed' }).click()
    await heading('Reset while powering on').waitFor()
    await next()
    await heading('Wait for the restart').waitFor()
    await next()
    await heading('Connect to the default Wi-Fi').waitFor()
    await next()
    await heading('Set the router up again').waitFor()
    await page.getByRole('button', { name: 'Finish' }).click()
    await page.getByRole('button', { name: 'No, still not working' }).click()
    await page.getByRole('heading', { level: 2, name: 'Sorry it is not fixed yet' }).waitFor()
    await page
      .getByText('Your answer is saved on this device and will be sent when you’re back online.')
      .waitFor()
    // Nothing reached the server while offline.
    expect(ledger.accepted).toBe(5)

    await context.setOffline(false)
    const steps = ['read-label', 'power-cycle', 'wait-power-led', 'hold-reset']
    const after = ['reset-while-booting', 'wait-restart', 'connect-default', 'set-up-again']
    const expected = [
      ...[...steps, ...after].map((s) => `step_view:${s}`),
      'step_view:hold-reset', // shown again after the reload
      ...[...steps, ...after].map((s) => `step_complete:${s}`),
      'check_answer:hold-reset',
      'outcome:',
    ].sort()
    expect(await ledger.until(expected.length, 30_000, expected)).toBe(expected.length)
    await page
      .getByRole('status')
      .filter({ hasText: 'Back online — your progress is synced. Nothing was lost.' })
      .waitFor()
    await page.waitForTimeout(1500)
    expect(ledger.summary()).toEqual(expected)
    expect(ledger.accepted).toBe(expected.length)

    // On the server: each event stored once (sent again, all duplicates) and the answer recorded.
    const { token } = await sessionOf(page)
    const auth = { authorization: `Bearer ${token}` }
    const again = await fetch(`${server.url}/api/sessions/${id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ events: ledger.unique() }),
    })
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: expected.length })
    const state = await fetch(`${server.url}/api/sessions/${id}`, { headers: auth })
    expect(await state.json()).toMatchObject({ outcome: 'not_fixed' })
    withoutOfflineRequests(guarded.problems)
  })

  test('staff pages and staff API calls never come from the service worker', async ({
    guarded,
  }) => {
    const { page, context } = guarded
    await page.goto('/')
    await page.locator('.list-link').first().waitFor()
    // The worker installs once the page is idle and keeps the catalog for offline use.
    await expect
      .poll(async () => Object.values(await cachedUrls(page)).flat(), { timeout: 30_000 })
      .toContain('/api/products')
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated')
    // Online, the studio is reached (it sends a visitor who is not signed in to sign in).
    await page.goto('/studio')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    const cached = Object.values(await cachedUrls(page)).flat()
    expect(
      cached.filter((u) => /^\/(studio|agent|login|api\/(auth|studio|agent|docs))/.test(u)),
    ).toEqual([])

    await context.setOffline(true)
    // A customer page still opens from the cached app shell, with the catalog kept…
    await page.goto('/')
    await page.locator('.list-link').first().waitFor()
    // …but the studio, the agent console and the API docs do not: the network is asked, and fails.
    for (const path of ['/studio', '/agent', '/login', '/api/docs']) {
      const failed = await page.goto(path).then(
        () => null,
        (err: unknown) => String(err),
      )
      expect(failed, path).toMatch(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/)
    }
    await context.setOffline(false)
    withoutOfflineRequests(guarded.problems)
    // The studio asks who is signed in; nobody is.
    const whoAmI = guarded.problems.filter((p) => /status of 401 .*\/api\/auth\/me\)$/.test(p))
    expect(whoAmI.length).toBeLessThanOrEqual(1)
    guarded.problems.splice(
      0,
      guarded.problems.length,
      ...guarded.problems.filter((p) => !whoAmI.includes(p)),
    )
  })
})
