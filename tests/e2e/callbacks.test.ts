import type { Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { openAgentConsole, SIGNED_OUT_PROBE } from '../helpers/agent-console'
import { appTest } from '../helpers/app-fixture'
import { seriousViolationsIn } from '../helpers/axe'
import { type GuardedPage, openGuardedPage } from '../helpers/browser'
import { PHONE_PAGE, startPhoneAr, TAP } from '../helpers/phone-ar'
import { touchScreen } from '../helpers/touch-screen'

/**
 * Honest waits and callbacks, customer on a phone, agent in a browser context of its own: with
 * nobody online the customer is told so before asking and can leave a callback, which the agent
 * console lists with the repair's context and the agent works to a result; with an agent online
 * the estimate follows the queue, and goes when the agent steps away.
 */
const ADMIN = { ADMIN_EMAIL: 'agent@example.com', ADMIN_PASSWORD: 'agent-password-1' }
const AGENT = { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }

const test = appTest
  .override('serverEnv', { scope: 'file' }, ADMIN)
  .override('pageOptions', PHONE_PAGE)
test.beforeAll(async ({ server, browser }) => {
  console.info(`app at ${server.url}, Chromium ${browser.version()}`)
})

/** Starts the router reset and goes on to step 2, where the customer gets stuck. */
async function atStep2(page: Page) {
  await page.goto('/p/wavelink-ax3000')
  const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
  await card.getByRole('button', { name: 'Start this repair' }).click()
  await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
  await page.getByText('Step 1 of 8', { exact: true }).waitFor()
  await page.getByRole('button', { name: 'Next', exact: true }).click()
  await page.getByText('Step 2 of 8', { exact: true }).waitFor()
  return page.url().split('/').at(-1) as string
}

async function closeAgent(agent: GuardedPage) {
  await agent.close()
  expect(agent.problems.filter((p) => !SIGNED_OUT_PROBE.test(p))).toEqual([])
}

describe('agent presence and callbacks', () => {
  test('no agent online: the customer is told, leaves a callback, and an agent works it from the console', async ({
    guarded,
    browser,
    server,
  }) => {
    const { page } = guarded
    const sessionId = await atStep2(page)
    const availability = page.getByTestId('help-availability')
    await availability.getByText('No agent is available right now.').waitFor()

    await availability.getByRole('button', { name: 'Have an agent call you' }).click()
    const form = page.getByRole('form', { name: 'Have an agent call you' })
    await form.getByLabel('Your name').fill('Ann Example')
    await form.getByLabel('Phone number').fill('call me')
    await form.getByRole('button', { name: 'Send the request' }).click()
    // Every problem at once, each by its field; nothing is sent.
    await form.getByText('Check the fields marked below.').waitFor()
    await form.getByText('Enter a phone number such as +44 20 7946 0958.').waitFor()
    await form.getByText('Tick the box to agree that we call or email you.').waitFor()
    expect(await form.getByLabel('Phone number').getAttribute('aria-invalid')).toBe('true')
    expect(await seriousViolationsIn(page, ['.callback-form', '.help-availability'])).toEqual([])
    await form.getByLabel('Phone number').fill('+44 20 7946 0958')
    await form.getByLabel('When may we call?').selectOption({ label: 'Within the next two hours' })
    await form.getByLabel(/I agree that Fixpoint keeps these details/).check()
    await form.getByRole('button', { name: 'Send the request' }).click()
    await page
      .getByTestId('callback-sent')
      .getByText('Your callback request is in, Ann Example.', { exact: false })
      .waitFor()
    expect(await form.count()).toBe(0)

    // The agent's console, in a browser context of its own, lists it with the repair's context.
    const agent = await openGuardedPage(browser, server.url)
    try {
      await openAgentConsole(agent.page, AGENT)
      // The console is open: the customer's help entry says help is available, live.
      await availability.getByText('Help is available now', { exact: false }).waitFor()
      const item = agent.page.getByTestId('callback-item').filter({ hasText: 'Ann Example' })
      await item.getByTestId('callback-step').getByText('Stuck on step 2').waitFor()
      await item.getByText('WaveLink AX3000', { exact: false }).first().waitFor()
      await item.getByText('Factory-reset the router', { exact: false }).first().waitFor()
      await item.getByText('version 1', { exact: false }).waitFor()
      expect(await item.getByRole('link', { name: '+44 20 7946 0958' }).getAttribute('href')).toBe(
        'tel:+442079460958',
      )
      await agent.page.getByRole('heading', { name: 'Callbacks (1 to call)' }).waitFor()

      await item.getByRole('button', { name: 'Take this callback' }).click()
      const result = item.getByRole('form', { name: 'Result of the call back' })
      await result.waitFor()
      // The customer's open guide hears it at once, no reload.
      await page
        .getByTestId('callback-sent')
        .getByText('An agent has taken your callback request', { exact: false })
        .waitFor({ timeout: 10_000 })
      expect(
        await seriousViolationsIn(agent.page, [
          '.presence-control',
          '[data-testid="callback-item"]',
        ]),
      ).toEqual([])
      await result.getByLabel('Resolved', { exact: true }).check()
      await result.getByLabel('Notes').fill('Talked her through the restart')
      await result.getByRole('button', { name: 'Record result' }).click()
      await agent.page.getByText('No callback requests.', { exact: false }).waitFor()
      expect(await agent.page.getByTestId('callback-item').count()).toBe(0)
    } finally {
      await closeAgent(agent)
    }

    // Recorded like a call: the session's outcome is settled.
    const token = await page.evaluate(
      (id) => sessionStorage.getItem(`fixpoint.session.${id}`),
      sessionId,
    )
    const state = (await (
      await fetch(`${server.url}/api/sessions/${sessionId}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { outcome: string }
    expect(state.outcome).toBe('fixed')
  })

  test('an agent online: the estimate follows the queue; the agent away: no estimate, a callback instead', async ({
    guarded,
    browser,
    server,
  }) => {
    const agent = await openGuardedPage(browser, server.url)
    const second = await openGuardedPage(browser, server.url, PHONE_PAGE)
    try {
      await openAgentConsole(agent.page, AGENT)
      await agent.page.getByTestId('presence-line').getByText('Agents online now: 1').waitFor()
      const first = guarded.page
      await atStep2(first)
      await first.getByText('Help is available now', { exact: false }).waitFor()
      await first.getByRole('button', { name: 'Get help' }).click()
      const firstQueue = first.getByTestId('help-queue')
      await firstQueue.getByText('You are number 1 in the queue. About 1 min.').waitFor()

      await atStep2(second.page)
      await second.page.getByRole('button', { name: 'Get help' }).click()
      const secondQueue = second.page.getByTestId('help-queue')
      await secondQueue.getByText('You are number 2 in the queue. About 5 min.').waitFor()

      // The agent steps away: nobody is coming, and both are told so, with no minutes.
      await agent.page.getByLabel('Away', { exact: true }).check()
      await agent.page.getByTestId('presence-line').getByText('Agents online now: 0').waitFor()
      await firstQueue
        .getByText('You are number 1 in the queue. No agent is available right now.')
        .waitFor()
      await secondQueue
        .getByText('You are number 2 in the queue. No agent is available right now.')
        .waitFor()

      // The second customer leaves a callback instead and leaves the queue; the first moves on.
      await second.page.getByRole('button', { name: 'Have an agent call you instead' }).click()
      const form = second.page.getByRole('form', { name: 'Have an agent call you' })
      await form.getByText('You leave the queue', { exact: false }).waitFor()
      await form.getByLabel('Your name').fill('Bo Example')
      await form.getByLabel('Email address').fill('bo@example.com')
      await form.getByLabel(/I agree that Fixpoint keeps these details/).check()
      await form.getByRole('button', { name: 'Send the request' }).click()
      await second.page.getByTestId('callback-sent').waitFor()
      expect(await secondQueue.count()).toBe(0)
      await agent.page.getByRole('heading', { name: 'Queue (1 waiting)' }).waitFor()
      await agent.page
        .getByTestId('callback-item')
        .filter({ hasText: 'Bo Example' })
        .getByRole('link', { name: 'bo@example.com' })
        .waitFor()

      // Back online: the first customer's estimate comes back.
      await agent.page.getByLabel('Online', { exact: true }).check()
      await firstQueue.getByText('You are number 1 in the queue. About 1 min.').waitFor()
    } finally {
      await closeAgent(agent)
      await second.close()
    }
    expect(second.problems).toEqual([])
  })

  test('in AR on a phone, the overlay says nobody is online and leads to the callback form', async ({
    guarded,
  }) => {
    const { page } = guarded
    const overlay = await startPhoneAr(page)
    const touch = await touchScreen(page)
    await touch.tap(TAP)
    await touch.detach()
    await overlay.getByRole('button', { name: 'Lock' }).tap()
    await overlay.getByRole('heading', { level: 2, name: 'Photograph the label' }).waitFor()
    const availability = overlay.getByTestId('help-availability')
    await availability.getByText('No agent is available right now.').waitFor()
    await availability.getByRole('button', { name: 'Have an agent call you' }).tap()
    const form = overlay.getByRole('form', { name: 'Have an agent call you' })
    await form.getByLabel('Your name').fill('Cy Example')
    await form.getByLabel('Email address').fill('cy@example.com')
    await form.getByLabel(/I agree that Fixpoint keeps these details/).tap()
    await form.getByRole('button', { name: 'Send the request' }).tap()
    await overlay
      .getByTestId('callback-sent')
      .getByText('Your callback request is in, Cy Example.', { exact: false })
      .waitFor()
  })
})
