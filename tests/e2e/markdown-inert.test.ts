import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catalogDir } from '../helpers/app'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const ADMIN = { ADMIN_EMAIL: 'xss@example.com', ADMIN_PASSWORD: 'xss-password-1' }
const HOSTILE = [
  'Loosen the screw. <script>window.__pwned = "script"</script>',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '[Open the manual](javascript:window.__pwned="link")',
  '<a href="javascript:window.__pwned=1">raw link</a> <iframe src="/"></iframe>',
].join('\n\n')

let server: AppServer
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function publishHostileProcedure() {
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
  })
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] as string)
  const csrf = cookies.find((c) => c.startsWith('fp_csrf='))?.slice(8) ?? ''
  const headers = {
    'content-type': 'application/json',
    cookie: cookies.join('; '),
    'x-csrf-token': csrf,
  }
  const base = JSON.parse(
    readFileSync(join(catalogDir, 'espresso-one/procedures/descale.json'), 'utf8'),
  )
  const procedure = {
    ...base,
    id: 'hostile-markdown',
    title: 'Hostile Markdown check',
    steps: base.steps.slice(0, 2).map((s: { check?: unknown; next?: unknown }, i: number) => {
      const { check: _c, next: _n, ...rest } = s
      return i === 0 ? { ...rest, body: HOSTILE } : rest
    }),
  }
  const imported = await fetch(`${server.url}/api/studio/procedures/import`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ procedure }),
  })
  expect(imported.status).toBe(201)
  const { revision } = (await imported.json()) as { revision: number }
  const published = await fetch(`${server.url}/api/studio/procedures/hostile-markdown/publish`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ changeNote: 'hostile', baseRevision: revision }),
  })
  expect(published.status).toBe(201)
}

describe('Markdown in steps', () => {
  it('renders script, event-handler and javascript: payloads inert in the customer guide', async () => {
    await publishHostileProcedure()
    const guarded = await openGuardedPage(browser, server.url)
    const { page } = guarded
    try {
      await page.goto('/p/espresso-one')
      const card = page.getByRole('article').filter({ hasText: 'Hostile Markdown check' })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      await page.getByText('Loosen the screw.', { exact: false }).waitFor()
      await page.waitForTimeout(500)
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
      const card2 = page.locator('main')
      expect(await card2.locator('script, iframe, [onerror]').count()).toBe(0)
      const hrefs = await card2
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([])
      // The link text is still there for the reader, just not as a script.
      await page.getByText('Open the manual').waitFor()
    } finally {
      await guarded.close()
    }
    expect(guarded.problems).toEqual([])
  })
})
