import type { Browser } from 'playwright-core'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebhookPayloadSchema } from '../../server/domain/webhooks'
import { seriousViolationsIn } from '../helpers/axe'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { type Received, startReceiver } from '../helpers/webhook-receiver'

const ADMIN = { ADMIN_EMAIL: 'admin@example.com', ADMIN_PASSWORD: 'webhooks-e2e-password' }
// By contract and handled on screen, logged by Chromium anyway: the signed-out probe, and the
// refused endpoint (400) the test submits on purpose.
const EXPECTED = [
  /status of 401 .*\/api\/auth\/me\)$/,
  /status of 400 .*\/api\/studio\/webhooks\)$/,
]

let server: AppServer
let browser: Browser
let receiver: Awaited<ReturnType<typeof startReceiver>>
beforeAll(async () => {
  // The receiver is down for the first two attempts.
  receiver = await startReceiver((i) => (i < 2 ? 503 : 200))
  ;[server, browser] = await Promise.all([
    startAppServer({
      ...ADMIN,
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_RETRY_MAX_MS: '400',
    }),
    launchBrowser(),
  ])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await receiver?.close()
})

/** A customer who answers "not fixed", over HTTP as the guide does. */
async function notFixed() {
  const products = (await (await fetch(`${server.url}/api/products`)).json()) as {
    products: { procedures: { id: string }[] }[]
  }
  const procedureId = products.products[0]?.procedures[0]?.id
  const s = (await (
    await fetch(`${server.url}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ procedureId, mode: 'inline' }),
    })
  ).json()) as { id: string; token: string }
  const res = await fetch(`${server.url}/api/sessions/${s.id}/outcome`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ outcome: 'not_fixed' }),
  })
  expect(res.status).toBe(200)
  return s.id
}

function verify(secret: string, r: Received) {
  const h = (k: string) => String(r.headers[k])
  return WebhookPayloadSchema.parse(
    new Webhook(secret).verify(r.body, {
      'webhook-id': h('webhook-id'),
      'webhook-timestamp': h('webhook-timestamp'),
      'webhook-signature': h('webhook-signature'),
    }),
  )
}

describe('the studio webhooks page', { timeout: 90_000 }, () => {
  it('an admin adds an endpoint, sees its secret and the delivery log, sends again, rotates and disables', async () => {
    const { page, problems, close } = await openGuardedPage(browser, server.url)
    try {
      await page.goto('/studio')
      await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
      await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page
        .getByRole('navigation', { name: 'Administration' })
        .getByRole('link', { name: 'Webhooks' })
        .click()
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor()
      await page.getByText('No endpoints yet.', { exact: false }).waitFor()

      // A refused address says why and keeps what was typed.
      const add = page.getByRole('form', { name: 'Add an endpoint' })
      await add.getByLabel('URL').fill('ftp://files.example.com/in')
      await add.getByRole('button', { name: 'Add endpoint' }).click()
      await add.getByText('Enter an http:// or https:// URL.').waitFor()
      expect(await add.getByLabel('URL').inputValue()).toBe('ftp://files.example.com/in')
      expect(await add.getByLabel('URL').getAttribute('aria-invalid')).toBe('true')

      await add.getByLabel('URL').fill(receiver.url)
      await add.getByLabel('Description (optional)').fill('Ticketing bridge')
      await add.getByRole('checkbox', { name: 'session.completed' }).check()
      await add.getByRole('button', { name: 'Add endpoint' }).click()
      await page.getByText(`Added ${receiver.url}.`, { exact: false }).waitFor()
      const row = page.getByRole('row', { name: new RegExp(receiver.url) })
      await expect.poll(() => row.textContent()).toContain('session.completed')
      // The endpoint's panel opens with the focus on it.
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe(receiver.url)
      const secret = await page.getByLabel('Secret', { exact: true }).inputValue()
      expect(secret).toMatch(/^whsec_/)
      expect(await seriousViolationsIn(page, ['#main'])).toEqual([])

      // An event: two failed attempts, then delivered; the log says so after a refresh.
      await notFixed()
      await expect.poll(() => receiver.received.length, { timeout: 15_000 }).toBe(3)
      const first = receiver.received[2] as Received
      expect(verify(secret, first).type).toBe('session.completed')
      const log = page.getByRole('region', { name: 'Delivery log' })
      await log.getByRole('button', { name: 'Refresh the log' }).click()
      const delivery = log.getByRole('row', { name: /session\.completed/ })
      await expect
        .poll(() => delivery.textContent(), { timeout: 5000 })
        .toMatch(/Delivered\s*3\s*HTTP 200/)

      // Send again: the same event, with the same webhook-id.
      await delivery.getByRole('button', { name: /^Send again: session\.completed/ }).click()
      await page.getByText('Sending session.completed again with the same webhook-id.').waitFor()
      await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(4)
      expect(receiver.received[3]?.headers['webhook-id']).toBe(first.headers['webhook-id'])

      // Rotate (confirmed): the new secret signs what follows, the old one no longer does.
      page.once('dialog', (d) => void d.accept())
      await page.getByRole('button', { name: 'Rotate secret' }).click()
      await page.getByText('New secret in force.', { exact: false }).waitFor()
      const rotated = await page.getByLabel('Secret', { exact: true }).inputValue()
      expect(rotated).not.toBe(secret)
      await notFixed()
      await expect.poll(() => receiver.received.length, { timeout: 5000 }).toBe(5)
      const fifth = receiver.received[4] as Received
      expect(verify(rotated, fifth).type).toBe('session.completed')
      expect(() => verify(secret, fifth)).toThrow()

      // Disabled: the list says so, and nothing more is sent.
      const settings = page.getByRole('form', { name: 'Settings' })
      await settings.getByRole('checkbox', { name: 'Enabled' }).uncheck()
      await settings.getByRole('button', { name: 'Save' }).click()
      await page.getByText(`Saved ${receiver.url}.`).waitFor()
      await expect.poll(() => row.textContent()).toContain('Disabled')
      await notFixed()
      await new Promise((r) => setTimeout(r, 800))
      expect(receiver.received).toHaveLength(5)
      expect(await seriousViolationsIn(page, ['#main'])).toEqual([])
    } finally {
      await close()
    }
    expect(problems.filter((p) => !EXPECTED.some((r) => r.test(p)))).toEqual([])
  })
})
