import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { sessionOf, watchEvents } from '../helpers/event-ledger'

let server: AppServer
let browser: Browser
let guarded: GuardedPage

const EVENTS_URL = '**/api/sessions/*/events'

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
  // The tests make the events route fail on purpose (a 503, a refused connection); Chromium logs
  // each such response.
  const problems = guarded.problems.filter(
    (p) =>
      !(
        (p.includes('status of 503') || p.includes('ERR_CONNECTION_REFUSED')) &&
        /\/api\/sessions\/[^/]+\/events/.test(p)
      ),
  )
  await guarded.close()
  expect(problems).toEqual([])
})

describe('telemetry that loses nothing', { timeout: 150_000 }, () => {
  it('offline steps and a reload with unsent events: right step, every event exactly once', async () => {
    const { page, context } = guarded
    const ledger = watchEvents(page)
    await page.goto('/p/wavelink-ax3000')
    const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
    await card.getByRole('button', { name: 'Start this repair' }).click()
    await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
    const heading = (name: string) => page.getByRole('heading', { level: 2, name, exact: true })
    const next = () => page.getByRole('button', { name: 'Next', exact: true }).click()

    await heading('Photograph the label').waitFor()
    await next()
    await heading('Try a restart first').waitFor()
    await next()
    await heading('Wait for a steady power light').waitFor()
    expect(await ledger.until(5)).toBe(5)

    // The network goes away: the guide keeps working and says, calmly, that progress is saved.
    await context.setOffline(true)
    await page.getByText('Offline — your progress is saved', { exact: false }).waitFor()
    await next()
    await heading('Hold the reset button for 10 seconds').waitFor()
    await page.getByRole('button', { name: 'No, nothing changed' }).click()
    await heading('Reset while powering on').waitFor()

    // Back online, but the server fails for a while: the page reloads with events still unsent.
    await context.route(EVENTS_URL, (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{}' }),
    )
    await context.setOffline(false)
    await page.reload()
    await heading('Reset while powering on').waitFor()
    await page.getByText('Step 5 of 8', { exact: true }).waitFor()
    expect(ledger.accepted).toBe(5)
    await context.unroute(EVENTS_URL)

    await next()
    await heading('Wait for the restart').waitFor()
    await next()
    await heading('Connect to the default Wi-Fi').waitFor()
    await next()
    await heading('Set the router up again').waitFor()
    await page.getByRole('button', { name: 'Finish' }).click()
    await page.getByRole('button', { name: 'No, still not working' }).click()
    await page.getByRole('heading', { level: 2, name: 'Sorry it is not fixed yet' }).waitFor()

    const views = ['read-label', 'power-cycle', 'wait-power-led', 'hold-reset']
    const after = ['reset-while-booting', 'wait-restart', 'connect-default', 'set-up-again']
    const expected = [
      ...[...views, ...after].map((s) => `step_view:${s}`),
      'step_view:reset-while-booting', // shown again after the reload
      ...[...views, ...after].map((s) => `step_complete:${s}`),
      'check_answer:hold-reset',
      'outcome:',
    ].sort()
    // After the failing period the outbox backs off (up to a minute); wait that long at most.
    const got = await ledger.until(expected.length, 65_000)
    expect(got).toBe(expected.length)
    await page.waitForTimeout(2500)
    expect(ledger.summary()).toEqual(expected)
    expect(ledger.accepted).toBe(expected.length)

    const { id, token } = await sessionOf(page)
    const res = await fetch(`${server.url}/api/sessions/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(await res.json()).toMatchObject({
      outcome: 'not_fixed',
      currentStepId: 'set-up-again',
    })
  })

  it('events a closed tab could not send go out from the next tab, each stored once', async () => {
    const { page: first, context } = guarded
    // The server cannot be reached for events while the first tab is open.
    let attempts = 0
    await context.route(EVENTS_URL, (route) => {
      attempts++
      return route.abort('connectionrefused')
    })
    await first.goto('/p/wavelink-ax3000')
    const card = first.getByRole('article').filter({ hasText: 'Factory-reset the router' })
    await card.getByRole('button', { name: 'Start this repair' }).click()
    await first.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
    const heading = (name: string) => first.getByRole('heading', { level: 2, name, exact: true })
    const next = () => first.getByRole('button', { name: 'Next', exact: true }).click()
    await heading('Photograph the label').waitFor()
    await next()
    await heading('Try a restart first').waitFor()
    await next()
    await heading('Wait for a steady power light').waitFor()
    // The tab tried and failed, so the events wait in its queue; then it is closed. Offline while
    // it closes, so the send a closing page makes cannot slip out once the route is gone.
    await expect.poll(() => attempts, { timeout: 15_000 }).toBeGreaterThan(0)
    const { id, token } = await sessionOf(first)
    await context.setOffline(true)
    await first.close()
    await context.setOffline(false)
    await context.unroute(EVENTS_URL)

    // A later tab of the same browser, on any page of the app, sends what the first one left.
    const second = await context.newPage()
    const ledger = watchEvents(second)
    await second.goto('/')
    const expected = [
      'step_complete:power-cycle',
      'step_complete:read-label',
      'step_view:power-cycle',
      'step_view:read-label',
      'step_view:wait-power-led',
    ]
    expect(await ledger.until(expected.length, 15_000, expected)).toBe(expected.length)
    await second.waitForTimeout(1500)
    expect(ledger.summary()).toEqual(expected)
    expect(ledger.accepted).toBe(expected.length)

    // Each is stored exactly once: sent again, every one is a duplicate.
    const again = await fetch(`${server.url}/api/sessions/${id}/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ events: ledger.unique() }),
    })
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: expected.length })
    await second.close()
  })
})
