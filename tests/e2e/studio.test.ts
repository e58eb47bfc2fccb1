import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const ADMIN = { ADMIN_EMAIL: 'author@example.com', ADMIN_PASSWORD: 'studio-e2e-password' }
const TITLE = 'Clear a blocked steam wand (e2e)'
// Signed-out `me` answers 401 by contract and the app handles it; Chromium logs it anyway.
const expected = /status of 401 .*\/api\/auth\/me\)$/

let server: AppServer
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/** Clicks the named part in the editor's 3D view where a person would see it. */
async function clickPart(page: Page, node: string) {
  await page.getByTestId('editor-view').scrollIntoViewIfNeeded()
  const handle = await page.waitForFunction(
    (name) => window.__fixpointStudio?.partPoint(name) ?? null,
    node,
    { timeout: 15_000 },
  )
  const point = (await handle.jsonValue()) as { x: number; y: number }
  await page.mouse.move(point.x, point.y)
  await page.mouse.down()
  await page.mouse.up()
  await expect.poll(() => page.getByLabel('Part', { exact: true }).inputValue()).toBe(node)
}

/** Drags the motion gizmo's arrow for `axis` by `dy` pixels on screen; answers where it started. */
async function dragGizmo(page: Page, axis: 'X' | 'Y' | 'Z', dy: number) {
  await page.getByTestId('editor-view').scrollIntoViewIfNeeded()
  const handle = await page.waitForFunction(
    (a) => window.__fixpointStudio?.gizmoPoint(a) ?? null,
    axis,
    { timeout: 15_000 },
  )
  const point = (await handle.jsonValue()) as { x: number; y: number }
  await page.mouse.move(point.x, point.y)
  await page.mouse.down()
  await page.mouse.move(point.x, point.y + dy / 2)
  await page.mouse.move(point.x, point.y + dy)
  await page.mouse.up()
  return point
}

async function signIn(page: Page, path: string) {
  await page.goto(path)
  await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
  await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

async function addStep(page: Page, index: number, title: string, node: string) {
  if (index > 1) await page.getByRole('button', { name: 'Add a step' }).click()
  await page.getByRole('heading', { name: `Step ${index}`, exact: true }).waitFor()
  await page.getByLabel('Step title').fill(title)
  await clickPart(page, node)
}

/** The latest published document of the seeded procedure, as the editor started from. */
async function current(page: Page): Promise<Record<string, unknown>> {
  return (await (await page.request.get('/api/studio/procedures/descale/versions/1')).json())
    .procedure
}

describe('authoring studio, end to end', { timeout: 90_000 }, () => {
  it('an author builds a three-step procedure in 3D and publishes it; a customer completes it', async () => {
    const [author, customer] = await Promise.all([
      openGuardedPage(browser, server.url),
      openGuardedPage(browser, server.url),
    ])
    try {
      const { page } = author
      await signIn(page, '/studio')
      await page.getByRole('link', { name: /Crema One espresso machine/ }).click()

      const form = page.getByRole('form', { name: 'New procedure' })
      await form.getByLabel('Id (used in links)').fill('e2e-steam-wand')
      await form.getByLabel('Title').fill(TITLE)
      await form.getByRole('button', { name: 'Create' }).click()
      await page.waitForURL(/\/studio\/procedures\/e2e-steam-wand$/)

      await page.getByLabel('Symptom it fixes').fill('No steam comes out of the wand')
      await page.getByLabel('Tools').fill('Paper clip')

      // Hovering names the part; clicking makes it the target.
      await addStep(page, 1, 'Switch the machine off', 'power-button')
      await expect
        .poll(() => page.getByText(/^Part under the pointer: /).textContent())
        .toBe('Part under the pointer: Power button')

      await addStep(page, 2, 'Lift out the water tank', 'water-tank')
      await page.getByLabel('Annotation type').selectOption('motion')
      await page.getByLabel('Move Y (m)').fill('0.2')
      await page.getByLabel('Duration (ms)').fill('1800')
      // Dragging the gizmo's Y arrow up moves the part further up; one undo puts the number back.
      const moveY = page.getByLabel('Move Y (m)')
      const start = await dragGizmo(page, 'Y', -60)
      await expect.poll(async () => Number(await moveY.inputValue())).toBeGreaterThan(0.2)
      expect(await page.getByLabel('Part', { exact: true }).inputValue()).toBe('water-tank')
      await page.keyboard.press('ControlOrMeta+z')
      await expect.poll(() => moveY.inputValue()).toBe('0.2')
      // The gizmo follows the number back, and the camera did not orbit during the drag.
      await expect
        .poll(async () => {
          const p = await page.evaluate(() => window.__fixpointStudio?.gizmoPoint('Y') ?? null)
          return p ? Math.hypot(p.x - start.x, p.y - start.y) : Number.POSITIVE_INFINITY
        })
        .toBeLessThan(3)

      await addStep(page, 3, 'Clear the wand tip', 'steam-wand-tip')
      // Undo and redo with the keyboard.
      await page.keyboard.press('ControlOrMeta+z')
      await expect
        .poll(() => page.getByLabel('Part', { exact: true }).inputValue())
        .toBe('water-tank')
      await page.keyboard.press('Shift+ControlOrMeta+z')
      await expect
        .poll(() => page.getByLabel('Part', { exact: true }).inputValue())
        .toBe('steam-wand-tip')

      // Nothing left to fix, everything saved, then publish.
      await page.getByText('All changes saved').waitFor({ timeout: 10_000 })
      expect(await page.getByText(/to fix before it can be published/).count()).toBe(0)
      await page.getByLabel('Change note').fill('First version')
      await page.getByRole('button', { name: 'Publish', exact: true }).click()
      await page.getByText('Version 1 published.').waitFor()
      await page
        .getByTestId('versions')
        .getByText(/Version 1 · .* · First version/)
        .waitFor()

      // The customer finds it on the product page and completes it.
      const c = customer.page
      await c.goto('/p/espresso-one')
      const card = c.getByRole('article').filter({ hasText: TITLE })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      await c.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
      await c.getByRole('heading', { level: 1, name: TITLE }).waitFor()
      for (const [i, title] of [
        'Switch the machine off',
        'Lift out the water tank',
        'Clear the wand tip',
      ].entries()) {
        await c.getByText(`Step ${i + 1} of 3`, { exact: true }).waitFor()
        await c.getByRole('heading', { name: title }).waitFor()
        await c.getByRole('button', { name: i === 2 ? 'Finish' : 'Next', exact: true }).click()
      }
      await c.getByRole('button', { name: 'Yes, it works now' }).click()
      await c.getByText('Great — well done!').waitFor()

      // What was published is what the author set: targets from the clicks, the motion's numbers.
      const published = (await (
        await fetch(`${server.url}/api/procedures/e2e-steam-wand`)
      ).json()) as { version: number; steps: { target: { node: string }; annotation: object }[] }
      expect(published.version).toBe(1)
      expect(published.steps.map((s) => s.target.node)).toEqual([
        'power-button',
        'water-tank',
        'steam-wand-tip',
      ])
      expect(published.steps[1]?.annotation).toEqual({
        type: 'motion',
        translate: [0, 0.2, 0],
        rotate: [0, 0, 0],
        durationMs: 1800,
      })

      // The studio's analytics show that customer: one session, fixed, through all three steps.
      // The guide sends its events in the background, so reload until they are in.
      const column = page.getByRole('region', { name: 'All versions' })
      const figure = (name: string) =>
        column
          .locator('.analytics-figures > div')
          .filter({ has: page.getByText(name, { exact: true }) })
          .locator('dd')
          .first()
      const funnel = column.getByRole('table', { name: 'Step funnel, All versions' })
      const reached = (n: number) =>
        funnel
          .getByRole('row', { name: new RegExp(`^${n}\\. `) })
          .getByRole('cell')
          .first()
          .textContent()
      await expect
        .poll(
          async () => {
            await page.goto('/studio/analytics/e2e-steam-wand')
            await page.getByRole('heading', { name: `Analytics: ${TITLE}` }).waitFor()
            await figure('Sessions').waitFor()
            return [
              await figure('Sessions').textContent(),
              await figure('Success rate').textContent(),
              await reached(1),
              await reached(2),
              await reached(3),
            ]
          },
          { timeout: 20_000, interval: 1000 },
        )
        .toEqual(['1', '100%', '1 (100%)', '1 (100%)', '1 (100%)'])
    } finally {
      await Promise.all([author.close(), customer.close()])
    }
    expect(author.problems.filter((p) => !expected.test(p))).toEqual([])
    expect(customer.problems).toEqual([])
  })
  it('a stale save shows who won, keeps the author’s version and puts it back on request', async () => {
    const guarded = await openGuardedPage(browser, server.url)
    const { page, context } = guarded
    try {
      await signIn(page, '/studio/procedures/descale')
      const title = page.getByLabel('Title', { exact: true })
      await title.waitFor()
      // Someone else saves the draft first, from another editor.
      const csrf = (await context.cookies()).find((c) => c.name === 'fp_csrf')?.value ?? ''
      const info = await (await page.request.get('/api/studio/procedures/descale')).json()
      const theirs = await page.request.put('/api/studio/procedures/descale/draft', {
        headers: { 'x-csrf-token': csrf },
        data: {
          draft: { ...(await current(page)), title: 'Their title' },
          baseRevision: info.revision,
        },
      })
      expect(theirs.status()).toBe(200)

      await title.fill('My title')
      const alert = page.getByRole('alert')
      await alert.getByText('Your latest changes were not saved').waitFor()
      await alert.getByText(/^Someone else saved this draft \(now revision \d+\)/).waitFor()
      await page.getByRole('button', { name: 'Reload their version' }).click()
      await expect.poll(() => title.inputValue()).toBe('Their title')
      await page.getByText('Your version is kept on this device').waitFor()
      await page.getByRole('button', { name: 'Put my version back' }).click()
      await expect.poll(() => title.inputValue()).toBe('My title')
      await page.getByText('All changes saved').waitFor({ timeout: 10_000 })
      const saved = await (await page.request.get('/api/studio/procedures/descale')).json()
      expect(saved.draft.title).toBe('My title')
    } finally {
      await guarded.close()
    }
    const stale = /status of 409 .*\/api\/studio\/procedures\/descale\/draft\)$/
    expect(guarded.problems.filter((p) => !expected.test(p) && !stale.test(p))).toEqual([])
  })
})
