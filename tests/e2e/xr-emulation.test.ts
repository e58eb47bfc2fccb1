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

const NUMBER = String.raw`-?\d+\.\d{3}`
const POSITION = new RegExp(`^${NUMBER}, ${NUMBER}, ${NUMBER}$`)

describe('emulated AR (IWER + synthetic room) in headless Chromium', () => {
  it('starts an immersive-ar session and finds a surface in the synthetic room', async () => {
    const { page } = guarded
    await page.goto('/xr-check?emulate=quest3')
    const enter = page.getByRole('button', { name: 'Enter AR' })
    await enter.waitFor()
    // The app renders only after the emulator is installed, and tests can reach the device.
    expect(await page.evaluate(() => window.__fixpointXR?.deviceName)).toBe('quest3')
    await enter.click()
    await expect.poll(() => page.getByTestId('xr-mode').textContent()).toBe('immersive-ar')
    const hit = page.getByTestId('hit')
    await hit.waitFor({ timeout: 20_000 })
    const text = (await hit.textContent()) ?? ''
    expect(text).toMatch(POSITION)
    const [x, y, z] = text.split(', ').map(Number)
    // Within the captured room (metres), not the origin placeholder of an empty result.
    for (const v of [x, y, z]) expect(Math.abs(v ?? Number.NaN)).toBeLessThan(20)
    expect([x, y, z].some((v) => v !== 0)).toBe(true)
  })

  it('without ?emulate a browser with no WebXR says AR is unavailable', async () => {
    const { page } = guarded
    await page.goto('/xr-check')
    await page.getByText('This browser cannot start AR.', { exact: false }).waitFor()
    expect(await page.getByRole('button', { name: 'Enter AR' }).count()).toBe(0)
    expect(await page.evaluate(() => window.__fixpointXR)).toBeUndefined()
  })
})
