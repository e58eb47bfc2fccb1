import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' }

let server: AppServer
let browser: Browser
let guarded: GuardedPage

beforeAll(async () => {
  ;[server, browser] = await Promise.all([
    startAppServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    launchBrowser(),
  ])
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
  // Signed-out `me` and a wrong password answer 401 by contract and the app handles both, but
  // Chromium logs any 4xx load as a console error; only those two are expected.
  const expected = /status of 401 .*\/api\/auth\/(me|login)\)$/
  expect(problems.filter((p) => !expected.test(p))).toEqual([])
})

describe('staff sign-in in a real browser', () => {
  it('the studio sends a signed-out visitor to sign in, then back to the studio', async () => {
    const { page } = guarded
    await page.goto('/studio')
    await page.waitForURL(/\/login\?next=%2Fstudio$/)
    await page.getByLabel('Email').fill(ADMIN.email)
    await page.getByLabel('Password').fill('not-the-password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('alert').getByText('The email or password is not right.').waitFor()
    await page.getByLabel('Password').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(/\/studio$/)
    await page.getByRole('heading', { level: 1, name: 'Studio' }).waitFor()
    await page.getByText(`(admin)`, { exact: false }).waitFor()
  })

  it('signing out sends the csrf token and ends the staff session', async () => {
    const { page, context } = guarded
    await page.goto('/login?next=/agent')
    await page.getByLabel('Email').fill(ADMIN.email)
    await page.getByLabel('Password').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { level: 1, name: 'Agent console' }).waitFor()
    const logout = page.waitForResponse((r) => r.url().endsWith('/api/auth/logout'))
    await page.getByRole('button', { name: 'Sign out' }).click()
    expect((await logout).status()).toBe(200)
    await page.waitForURL(/\/login$/)
    const cookies = await context.cookies()
    expect(cookies.find((c) => c.name === 'fp_session')).toBeUndefined()
  })
})
