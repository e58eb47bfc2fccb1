import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { containsAscii, jpegWithGps } from '../helpers/exif-jpeg'

const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' }
const PROC = 'descale'

let server: AppServer
let browser: Browser
let guarded: GuardedPage

/** One customer through the public API: views the first steps (30 s each), then answers. */
async function customer(steps: number, outcome: 'fixed' | 'not_fixed') {
  const post = (path: string, body: unknown, token?: string) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    })
  const started = await post('/api/sessions', { procedureId: PROC, mode: 'inline' })
  expect(started.status).toBe(201)
  const s = (await started.json()) as {
    id: string
    token: string
    procedure: { steps: { id: string }[] }
  }
  const t0 = Date.now() - 10 * 60_000
  const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString()
  const events: { id: string; type: string; at: string; stepId?: string }[] = s.procedure.steps
    .slice(0, steps)
    .map((step, i) => ({
      id: randomUUID(),
      type: 'step_view',
      stepId: step.id,
      at: at(i * 30),
    }))
  events.push({ id: randomUUID(), type: 'outcome', at: at(steps * 30) })
  const sent = await post(`/api/sessions/${s.id}/events`, { events }, s.token)
  expect(sent.status).toBe(200)
  expect((await post(`/api/sessions/${s.id}/outcome`, { outcome }, s.token)).status).toBe(200)
}

beforeAll(async () => {
  ;[server, browser] = await Promise.all([
    startAppServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password }),
    launchBrowser(),
  ])
  await customer(3, 'fixed')
  await customer(3, 'fixed')
  await customer(2, 'not_fixed')
  guarded = await openGuardedPage(browser, server.url)
}, 60_000)
afterAll(async () => {
  await guarded?.close()
  await browser?.close()
  await server?.stop()
})

describe('procedure analytics in a real browser', () => {
  it('shows the sessions, the success rate and the step funnel, and the CSV has the same numbers', async () => {
    const { page } = guarded
    await page.goto(`/login?next=/studio/analytics/${PROC}`)
    await page.getByLabel('Email').fill(ADMIN.email)
    await page.getByLabel('Password').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('heading', { name: 'Analytics: Descale the Crema One' }).waitFor()

    const column = page.getByRole('region', { name: 'All versions' })
    const figure = (name: string) =>
      column
        .locator('.analytics-figures > div')
        .filter({ has: page.getByText(name, { exact: true }) })
    await expect.poll(() => figure('Sessions').locator('dd').first().textContent()).toBe('3')
    expect(await figure('Success rate').locator('dd').first().textContent()).toBe('66.7%')

    const table = column.getByRole('table', { name: 'Step funnel, All versions' })
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) })
    const cells = (name: string) => row(name).getByRole('cell').allTextContents()
    // Reached, median dwell, backs, help, ended here.
    expect(await cells('1. Switch off')).toEqual(['3 (100%)', '30 s', '0', '0', '0'])
    expect(await cells('2. Lift out the water tank')).toEqual(['3 (100%)', '30 s', '0', '0', '1'])
    expect(await cells('3. Take out the water filter')).toEqual([
      '2 (66.7%)',
      '30 s',
      '0',
      '0',
      '0',
    ])
    expect(await cells('4. Fill the tank')).toEqual(['0 (0%)', '—', '0', '0', '0'])
    expect(await column.locator('canvas').count()).toBeGreaterThan(0)

    const download = page.waitForEvent('download')
    await column.getByRole('link', { name: 'Download CSV (All versions)' }).click()
    const csv = await readFile((await (await download).path()) as string, 'utf8')
    const lines = csv.split('\n')
    expect(lines).toContain('sessions,3')
    expect(lines).toContain(`success_rate,${2 / 3}`)
    expect(lines).toContain('switch-off,Switch off and let the machine cool,3,30,0,0,0')
    expect(lines).toContain('remove-tank,Lift out the water tank,3,30,0,0,1')
    expect(lines).toContain('remove-filter,Take out the water filter,2,30,0,0,0')

    // A range with no sessions shows the empty state.
    await page.getByLabel('From', { exact: true }).fill('2001-01-01')
    await page.getByLabel('To', { exact: true }).fill('2001-01-31')
    await column.getByText('No sessions yet').waitFor()
    expect(guarded.problems).toEqual([])
  }, 60_000)
})

describe('photo evidence in a real browser', () => {
  it('a photo added at "Is it fixed?" shows next to its step in analytics, without its EXIF', async () => {
    const customer = await openGuardedPage(browser, server.url, {
      device: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    })
    try {
      const page = customer.page
      await page.goto('/p/espresso-one')
      const card = page.getByRole('article').filter({ hasText: 'Replace the water filter' })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
      const finish = page.getByRole('button', { name: 'Finish' })
      for (let i = 0; i < 6; i++) {
        await page.getByText(`Step ${i + 1} of 7`, { exact: true }).waitFor()
        await page.getByRole('button', { name: 'Next', exact: true }).click()
      }
      await finish.click()
      await page.getByRole('heading', { level: 2, name: 'Is it fixed?' }).waitFor()
      // The camera button is a file input with capture; the gallery one takes the same file here.
      expect(await page.getByTestId('photo-camera').getAttribute('capture')).toBe('environment')
      await page.getByTestId('photo-gallery').setInputFiles({
        name: 'result.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(await jpegWithGps()),
      })
      await page.getByText('1 photo added').waitFor()
      await page.getByRole('button', { name: 'No, still not working' }).click()
      await page.getByRole('heading', { level: 2, name: 'Sorry it is not fixed yet' }).waitFor()
      expect(customer.problems).toEqual([])
    } finally {
      await customer.close()
    }

    const { page } = guarded
    await page.goto('/studio/analytics/replace-water-filter')
    const column = page.getByRole('region', { name: 'All versions' })
    const table = column.getByRole('table', { name: 'Step funnel, All versions' })
    const row = table.getByRole('row', { name: /^7\. Flush the new filter/ })
    const photo = row.getByRole('img', { name: /Customer photo on 7\. Flush the new filter/ })
    await photo.waitFor()
    // It loaded, upright (the EXIF said: turn 64×48 by 90°), and its bytes carry no EXIF.
    await expect
      .poll(() => photo.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]))
      .toEqual([48, 64])
    const src = (await photo.getAttribute('src')) as string
    const bytes = await page.evaluate(async (url) => {
      const res = await fetch(url)
      return [...new Uint8Array(await res.arrayBuffer())]
    }, src)
    expect(containsAscii(new Uint8Array(bytes), 'Exif')).toBe(false)
    expect(guarded.problems).toEqual([])
  }, 90_000)
})
