import { parse } from 'csv-parse/sync'
import { expect } from 'vitest'
import { COLUMNS } from '../../server/domain/analytics-export'
import { appTest } from '../helpers/app-fixture'
import { seriousViolationsIn } from '../helpers/axe'

const ADMIN = { email: 'root@example.com', password: 'root-password-1' }
const test = appTest.override(
  'serverEnv',
  { scope: 'file' },
  {
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
  },
)

test('an admin creates a read:analytics token, an integration exports with it, and revoking it shuts it out', async ({
  guarded,
  server,
}) => {
  const { page } = guarded
  await page.goto('/login?next=/studio')
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('link', { name: 'API tokens' }).click()
  await page.getByRole('heading', { level: 1, name: 'API tokens' }).waitFor()
  await page.getByText('No API tokens yet.').waitFor()

  // Nothing chosen: the server's field errors show, and the name typed stays.
  await page.getByLabel('Name').fill('Power BI')
  await page.getByRole('button', { name: 'Create the token' }).click()
  await page.getByText('Choose at least one scope.').waitFor()
  expect(await page.getByLabel('Name').inputValue()).toBe('Power BI')
  // Chromium logs the refused request; it is the one expected, and only it is taken off the list.
  const refused = guarded.problems.filter((p) => / 400 .*\/api\/admin\/tokens\)$/.test(p))
  expect(refused.length).toBe(1)
  guarded.problems.splice(guarded.problems.indexOf(refused[0] as string), 1)
  await page.getByRole('checkbox', { name: /read:analytics/ }).check()
  await page.getByRole('button', { name: 'Create the token' }).click()
  const secretBox = page.getByLabel('Token “Power BI”', { exact: true })
  await secretBox.waitFor()
  const secret = await secretBox.inputValue()
  expect(secret).toMatch(/^fpk_/)
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
    'Token “Power BI”',
  )
  expect(await seriousViolationsIn(page, ['#main'])).toEqual([])

  // The integration: no cookie, only the token.
  const exportUrl = `${server.url}/api/studio/analytics/export/sessions`
  const auth = { authorization: `Bearer ${secret}` }
  const res = await fetch(exportUrl, { headers: auth })
  expect(res.status).toBe(200)
  expect(parse(await res.text())[0]).toEqual(COLUMNS.sessions)
  const write = await fetch(`${server.url}/api/studio/procedures/import`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ procedure: {} }),
  })
  expect(write.status).toBe(403)

  await page.getByRole('button', { name: 'I have stored it' }).click()
  await expect.poll(() => secretBox.count()).toBe(0)
  await page.reload()
  const row = page.getByRole('row', { name: /Power BI/ })
  await row.waitFor()
  expect(await row.textContent()).toContain('read:analytics')
  expect(await row.textContent()).not.toContain(secret)
  // Last used: a time, not "Never".
  expect(await row.locator('td').nth(2).textContent()).not.toBe('Never')

  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Revoke the token “Power BI”' }).click()
  await page.getByRole('status').getByText('The token “Power BI” is revoked.').waitFor()
  await row.getByText(/^Revoked /).waitFor()
  const after = await fetch(exportUrl, { headers: auth })
  expect(after.status).toBe(401)
  expect(await after.json()).toMatchObject({ error: { code: 'token_revoked' } })
})

test('the analytics page downloads each table for BI', async ({ guarded }) => {
  const { page } = guarded
  await page.goto('/login?next=/studio/analytics/descale')
  await page.getByLabel('Email').fill(ADMIN.email)
  await page.getByLabel('Password').fill(ADMIN.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  const panel = page.getByRole('region', { name: 'Export data for BI' })
  await panel.waitFor()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('link', { name: 'Escalations (CSV)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^fixpoint-escalations-descale-.*\.csv$/)
  const path = await download.path()
  const { readFileSync } = await import('node:fs')
  expect(parse(readFileSync(path, 'utf8'))[0]).toEqual(COLUMNS.escalations)
  await panel.getByLabel('Format').selectOption('ndjson')
  expect(await panel.getByRole('link', { name: 'Events (NDJSON)' }).getAttribute('href')).toBe(
    '/api/studio/analytics/export/events?format=ndjson&procedureId=descale',
  )
})
