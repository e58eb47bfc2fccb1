import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { emptyServerDatabase } from '../helpers/db'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const ADMIN = { ADMIN_EMAIL: 'agent@example.com', ADMIN_PASSWORD: 'agent-password-1' }
const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']

type Setup = {
  name: string
  start: () => Promise<{ customerUrl: string; agentUrl: string; stop: () => Promise<void> }>
}

const setups: Setup[] = [
  {
    name: 'one instance on the embedded database',
    start: async () => {
      const s: AppServer = await startAppServer(ADMIN)
      return { customerUrl: s.url, agentUrl: s.url, stop: s.stop }
    },
  },
  {
    // The customer on one instance, the agent on the other: everything between them (queue,
    // acceptance, the call's signals, marks, step moves, chat) crosses PostgreSQL.
    name: 'two instances on PostgreSQL',
    start: async () => {
      const adminUrl = process.env.TEST_DATABASE_URL
      if (!adminUrl)
        throw new Error(
          'The two-instance setup needs a PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://root@127.0.0.1:5432/test).',
        )
      const db = await emptyServerDatabase(adminUrl)
      const env = {
        ...ADMIN,
        DATABASE_URL: db.url,
        SESSION_SECRET: 'two-instances-secret-0123456789abcdef',
      }
      const started: AppServer[] = []
      try {
        // One after the other: the first migrates and seeds, the second finds it done.
        started.push(await startAppServer(env))
        started.push(await startAppServer({ ...env, SEED: '0' }))
      } catch (err) {
        await Promise.all(started.map((s) => s.stop()))
        await db.drop()
        throw err
      }
      const [a, b] = started as [AppServer, AppServer]
      return {
        customerUrl: a.url,
        agentUrl: b.url,
        stop: async () => {
          await Promise.all([a.stop(), b.stop()])
          await db.drop()
        },
      }
    },
  },
]

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser(FAKE_MEDIA)
})
afterAll(async () => {
  await browser?.close()
})

async function customerAtStep3(customer: GuardedPage) {
  const { page } = customer
  await page.goto('/p/wavelink-ax3000')
  const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
  await card.getByRole('button', { name: 'Start this repair' }).click()
  await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
  for (const position of ['Step 1 of 8', 'Step 2 of 8']) {
    await page.getByText(position, { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Next', exact: true }).click()
  }
  await page.getByText('Step 3 of 8', { exact: true }).waitFor()
  return page.url().split('/').at(-1) as string
}

describe.each(setups)(
  'escalation to a live agent, two browsers: $name',
  { timeout: 150_000 },
  ({ start }) => {
    let urls: Awaited<ReturnType<Setup['start']>>
    beforeAll(async () => {
      urls = await start()
    }, 120_000)
    afterAll(async () => {
      await urls?.stop()
    })

    it('help on step 3 → agent sees it, accepts, gets video, points, moves the customer, closes', async () => {
      const [customer, agent] = await Promise.all([
        openGuardedPage(browser, urls.customerUrl),
        openGuardedPage(browser, urls.agentUrl),
      ])
      try {
        // The agent signs in and opens the console first.
        await agent.page.goto('/agent')
        await agent.page.waitForURL(/\/login/)
        await agent.page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
        await agent.page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
        await agent.page.getByRole('button', { name: 'Sign in' }).click()
        await agent.page.getByText('Nobody is waiting', { exact: false }).waitFor()

        const sessionId = await customerAtStep3(customer)
        const helpAt = Date.now()
        await customer.page.getByRole('button', { name: 'Get help' }).click()
        await customer.page.getByText('You are number 1 in the queue', { exact: false }).waitFor()

        // Pushed to the agent, with the step the customer is stuck on.
        const item = agent.page.getByTestId('queue-item')
        await item
          .getByTestId('queue-step')
          .getByText('Stuck on step 3', { exact: false })
          .waitFor({ timeout: 5000 })
        const seenMs = Date.now() - helpAt
        const acceptAt = Date.now()
        await item.getByRole('button', { name: 'Accept' }).click()
        await customer.page.getByTestId('help-call').waitFor()

        // The agent decodes frames from the customer's (fake) camera, and they keep coming.
        const frames = () =>
          agent.page.getByTestId('frames').getAttribute('data-frames').then(Number)
        await expect.poll(frames, { timeout: 45_000 }).toBeGreaterThan(0)
        const firstFrameMs = Date.now() - acceptAt
        const before = await frames()
        await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(before)
        console.log(
          `help → agent sees it: ${seenMs} ms; accept → first decoded frame: ≤ ${firstFrameMs} ms`,
        )

        // A point on the video appears on the customer's view.
        const video = agent.page.getByTestId('remote-video')
        const box = await video.boundingBox()
        if (!box) throw new Error('no video box')
        await agent.page.mouse.click(box.x + box.width / 2, box.y + box.height / 4)
        await customer.page.locator('[data-mark="point"]').waitFor()

        // Chat passes both ways.
        await agent.page.getByLabel('Message to the customer').fill('Hold it for ten seconds')
        await agent.page.getByRole('button', { name: 'Send', exact: true }).click()
        await customer.page.getByTestId('help-chat').getByText('Hold it for ten seconds').waitFor()

        // The agent sends the customer to step 5.
        await agent.page
          .locator('[data-step="reset-while-booting"]')
          .getByRole('button', { name: 'Send customer here' })
          .click()
        await customer.page.getByText('Step 5 of 8', { exact: true }).waitFor()

        await agent.page.getByLabel('Resolved', { exact: true }).check()
        await agent.page.getByLabel('Notes').fill('Reset while booting worked')
        await agent.page.getByRole('button', { name: 'Close escalation' }).click()
        await customer.page.getByText('The agent marked this as solved', { exact: false }).waitFor()

        const token = await customer.page.evaluate(
          (id) => sessionStorage.getItem(`fixpoint.session.${id}`),
          sessionId,
        )
        const state = (await (
          await fetch(`${urls.customerUrl}/api/sessions/${sessionId}`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).json()) as { outcome: string; escalation: { status: string } }
        expect(state.escalation.status).toBe('closed')
        expect(state.outcome).toBe('fixed')
      } finally {
        await Promise.all([customer.close(), agent.close()])
      }
      expect(customer.problems).toEqual([])
      // The console checks the sign-in first; a signed-out `me` answers 401 by contract.
      const signedOut = /status of 401 .*\/api\/auth\/me\)$/
      expect(agent.problems.filter((p) => !signedOut.test(p))).toEqual([])
    })
  },
)
