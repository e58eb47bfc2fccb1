import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { customerInQuestAr } from '../helpers/ar-customer'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import {
  expectPanel,
  lookAt,
  panelText,
  pictureCoordinatesOf,
  press,
  targetOf,
} from '../helpers/xr-input'

const ADMIN = { ADMIN_EMAIL: 'agent@example.com', ADMIN_PASSWORD: 'agent-password-1' }
const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']

let server: AppServer
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser(FAKE_MEDIA)])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const hasThree = (agent: GuardedPage) =>
  [...agent.scripts.values()].some((source) => source.includes('WebGLRenderer'))

describe('live help from inside an AR session', () => {
  // First in the file: no agent has signed in yet, so nobody can take the call.
  it('with no agent online, the headset offers a callback: AR ends and the form is on the page', async () => {
    const customer = await openGuardedPage(browser, server.url)
    try {
      const { page } = customer
      await customerInQuestAr(page)
      await press(page, 'help')
      await expectPanel(page, 'No agent is available right now')
      await press(page, 'callback-help')
      // The session ends; the page under it shows the form, where the system keyboard works.
      await page.getByRole('button', { name: 'Back to AR' }).waitFor({ timeout: 10_000 })
      const form = page.getByRole('form', { name: 'Have an agent call you' })
      await form.getByLabel('Your name').fill('Hedda Set')
      await form.getByLabel('Email address').fill('hedda@example.com')
      await form.getByLabel(/I agree that Fixpoint keeps these details/).check()
      await form.getByRole('button', { name: 'Send the request' }).click()
      await page
        .getByText('Your callback request is in, Hedda Set.', { exact: false })
        .waitFor({ timeout: 10_000 })
    } finally {
      await customer.close()
    }
  })

  it('help from the headset panel → agent accepts, sees the model → their point lands on the twin', async () => {
    const [customer, agent] = await Promise.all([
      openGuardedPage(browser, server.url),
      openGuardedPage(browser, server.url),
    ])
    try {
      await agent.page.goto('/agent')
      await agent.page.waitForURL(/\/login/)
      await agent.page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
      await agent.page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
      await agent.page.getByRole('button', { name: 'Sign in' }).click()
      await agent.page.getByText('Nobody is waiting', { exact: false }).waitFor()

      const { page } = customer
      await customerInQuestAr(page)
      await press(page, 'help')
      await expectPanel(page, 'Help: you are number 1 in the queue')
      // Get help gives way to Cancel help while the request waits.
      expect(await targetOf(page, 'button:cancel-help')).not.toBeNull()
      expect(await targetOf(page, 'button:help')).toBeNull()

      const item = agent.page.getByTestId('queue-item')
      await item.getByText('Stuck on step 1', { exact: false }).waitFor({ timeout: 5000 })
      // The queue never downloads three.js; the call's model view brings it.
      expect(hasThree(agent)).toBe(false)
      await item.getByRole('button', { name: 'Accept' }).click()

      // A headset may offer its camera to the call: here the (fake) one reaches the agent, and
      // the headset panel says who is on the call and that it is connected.
      await expectPanel(page, 'Help: talking to')
      const frames = () => agent.page.getByTestId('frames').getAttribute('data-frames').then(Number)
      await expect.poll(frames, { timeout: 20_000 }).toBeGreaterThan(0)
      await expect
        .poll(() => panelText(page), { timeout: 20_000 })
        .toContain('talking to Administrator. Call connected')
      // This browser gives AR no camera image: both are told the video is the headset's camera,
      // not the AR view.
      const source = agent.page.getByTestId('video-source')
      await expect.poll(() => source.getAttribute('data-view')).toBe('headset_camera')
      expect(await source.textContent()).toContain('not the customer’s AR view')
      expect(await panelText(page)).toContain('which is not exactly your AR view')

      // The agent sees the product at the stuck step, and at any step they pick.
      const model = agent.page.getByTestId('agent-model')
      await model.getByRole('img', { name: /3D model of the product/ }).waitFor()
      await model.getByText('Step 1: Photograph the label').waitFor()
      expect(hasThree(agent)).toBe(true)
      await agent.page
        .getByRole('button', { name: 'Show Hold the reset button for 10 seconds on the model' })
        .click()
      await model.getByText('Step 4: Hold the reset button for 10 seconds').waitFor()

      // The customer looks at the twin; the agent points where its body shows in their picture.
      const twin = await targetOf(page, 'twin')
      if (!twin) throw new Error('the twin is not in the scene')
      const body: [number, number, number] = [twin[0], twin[1] + 0.03, twin[2]]
      await lookAt(page, 'headset', body)
      const [u, v] = await pictureCoordinatesOf(page, body)
      const box = await agent.page.getByTestId('remote-video').boundingBox()
      if (!box) throw new Error('no video box')
      await agent.page.mouse.click(box.x + u * box.width, box.y + v * box.height)

      // A 3D marker lands on the twin, where the customer looks.
      await expect
        .poll(() => page.evaluate(() => window.__fixpointAR?.values().remoteMarker), {
          timeout: 10_000,
        })
        .toBe('twin')
      const markers = await page.evaluate(() =>
        Object.entries(window.__fixpointAR?.targets() ?? {}).filter(([n]) =>
          n.startsWith('marker:'),
        ),
      )
      expect(markers).toHaveLength(1)
      const at = markers[0]?.[1] ?? [0, 0, 0]
      expect(Math.hypot(at[0] - twin[0], at[1] - twin[1], at[2] - twin[2])).toBeLessThan(0.4)

      // Clearing the marks takes the marker away.
      await agent.page.getByRole('button', { name: 'Clear marks' }).click()
      await expect
        .poll(() =>
          page.evaluate(() =>
            Object.keys(window.__fixpointAR?.targets() ?? {}).some((n) => n.startsWith('marker:')),
          ),
        )
        .toBe(false)
    } finally {
      await Promise.all([customer.close(), agent.close()])
    }
    expect(customer.problems).toEqual([])
    const signedOut = /status of 401 .*\/api\/auth\/me\)$/
    expect(agent.problems.filter((p) => !signedOut.test(p))).toEqual([])
  })
})
