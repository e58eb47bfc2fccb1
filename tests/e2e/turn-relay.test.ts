import { execFileSync } from 'node:child_process'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type GuardedPage, openGuardedPage } from '../helpers/browser'
import { type RunningTurn, startCoturn } from '../helpers/coturn'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { type Islands, makeIslands } from '../helpers/netns'
import { freePort } from '../helpers/nginx'

/**
 * A call between two browsers that cannot reach each other: the customer's Chromium in one network
 * namespace, the agent's in another, the app and Debian's coturn (use-auth-secret, credentials
 * minted by the app per call) on an address both reach. The call connects through the relay and
 * the agent decodes the customer's video.
 */
const ADMIN = { ADMIN_EMAIL: 'turn@example.com', ADMIN_PASSWORD: 'turn-password-1' }
const TURN_SECRET = 'turn-test-secret-0123456789abcdef'
const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']

type Pair = { local?: string; remote?: string; state?: string }

/** Wraps RTCPeerConnection in the page (test tooling, not the app) so the test can read stats. */
function capturePeerConnections() {
  const Original = window.RTCPeerConnection
  const all: RTCPeerConnection[] = []
  Object.assign(window, { fixpointTestPcs: all })
  window.RTCPeerConnection = class extends Original {
    constructor(config?: RTCConfiguration) {
      super(config)
      all.push(this)
    }
  }
}

/** The type of the local and remote candidate of each connection's selected pair. */
async function selectedPairs(page: GuardedPage['page']): Promise<Pair[]> {
  return page.evaluate(async () => {
    const pcs = (window as unknown as { fixpointTestPcs: RTCPeerConnection[] }).fixpointTestPcs
    const out: { local?: string; remote?: string; state?: string }[] = []
    for (const pc of pcs) {
      const stats = await pc.getStats()
      let pairId: string | undefined
      stats.forEach((r) => {
        if (r.type === 'transport' && r.selectedCandidatePairId) pairId = r.selectedCandidatePairId
      })
      const pair = pairId ? stats.get(pairId) : undefined
      if (!pair) continue
      out.push({
        local: stats.get(pair.localCandidateId)?.candidateType,
        remote: stats.get(pair.remoteCandidateId)?.candidateType,
        state: pair.state,
      })
    }
    return out
  })
}

describe('a call through TURN between browsers on separate networks', { timeout: 180_000 }, () => {
  let islands: Islands
  let turn: RunningTurn
  let app: AppServer
  let browsers: Browser[] = []

  beforeAll(async () => {
    islands = makeIslands()
    const turnPort = await freePort(islands.hub)
    turn = await startCoturn(islands.hub, turnPort, TURN_SECRET)
    app = await startAppServer({
      ...ADMIN,
      HOST: islands.hub,
      TURN_SECRET,
      ICE_SERVERS: JSON.stringify([
        { urls: [`${turn.url}?transport=udp`, `${turn.url}?transport=tcp`] },
      ]),
    })
    // Camera access needs a secure context; this plain-HTTP test origin is declared one.
    const secure = `--unsafely-treat-insecure-origin-as-secure=${app.url}`
    browsers = await Promise.all(
      islands.namespaces.map((ns) => islands.launchIn(ns, [...FAKE_MEDIA, secure])),
    )
  }, 150_000)
  afterAll(async () => {
    await Promise.all(browsers.map((b) => b.close()))
    await app?.stop()
    await turn?.stop()
    islands?.teardown()
  })

  it('connects through the relay and the agent gets video', async () => {
    const [nsA, nsB] = islands.namespaces
    const [addrA, addrB] = islands.addresses
    // The two sides have no way to each other, only to the hub.
    for (const [ns, other] of [
      [nsA, addrB],
      [nsB, addrA],
    ] as const)
      expect(() =>
        execFileSync('ip', ['-n', ns, 'route', 'get', other], { stdio: 'pipe' }),
      ).toThrow(/unreachable/i)

    const [customerBrowser, agentBrowser] = browsers as [Browser, Browser]
    const customer = await openGuardedPage(customerBrowser, app.url)
    const agent = await openGuardedPage(agentBrowser, app.url)
    for (const p of [customer, agent]) await p.page.addInitScript(capturePeerConnections)
    try {
      await agent.page.goto('/agent')
      await agent.page.waitForURL(/\/login/)
      await agent.page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
      await agent.page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
      await agent.page.getByRole('button', { name: 'Sign in' }).click()
      await agent.page.getByText('Nobody is waiting', { exact: false }).waitFor()

      const { page } = customer
      await page.goto('/p/wavelink-ax3000')
      const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
      await page.getByText('Step 1 of 8', { exact: true }).waitFor()
      await page.getByRole('button', { name: 'Get help' }).click()
      await page.getByText('You are number 1 in the queue', { exact: false }).waitFor()

      const item = agent.page.getByTestId('queue-item')
      await item.getByRole('button', { name: 'Accept' }).click()
      await page.getByTestId('help-call').waitFor()

      const frames = () => agent.page.getByTestId('frames').getAttribute('data-frames').then(Number)
      await expect.poll(frames, { timeout: 60_000 }).toBeGreaterThan(0)
      const before = await frames()
      await expect.poll(frames, { timeout: 10_000 }).toBeGreaterThan(before)

      // Each side's selected pair runs through the relay: a relay candidate on one end or both.
      for (const side of [customer, agent]) {
        const pairs = await selectedPairs(side.page)
        expect(pairs.length).toBeGreaterThan(0)
        for (const p of pairs) {
          expect(p.state).toBe('succeeded')
          expect([p.local, p.remote]).toContain('relay')
        }
        console.log(`selected pair: ${JSON.stringify(pairs)}`)
      }
    } finally {
      await Promise.all([customer.close(), agent.close()])
    }
    expect(customer.problems).toEqual([])
    const signedOut = /status of 401 .*\/api\/auth\/me\)$/
    expect(agent.problems.filter((p) => !signedOut.test(p))).toEqual([])
  })
})
