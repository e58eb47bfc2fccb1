import type { Locator, Page } from 'playwright-core'
import { describe, expect } from 'vitest'
import { openAgentConsole, SIGNED_OUT_PROBE } from '../helpers/agent-console'
import { appTest } from '../helpers/app-fixture'
import { customerInQuestAr } from '../helpers/ar-customer'
import { seriousViolationsIn } from '../helpers/axe'
import { openGuardedPage } from '../helpers/browser'
import { PHONE_PAGE, startPhoneAr, TAP } from '../helpers/phone-ar'
import { drag, pixelCounts, type Region } from '../helpers/picture'
import { touchScreen } from '../helpers/touch-screen'
import { expectPanel, press, targetOf } from '../helpers/xr-input'

const ADMIN = { ADMIN_EMAIL: 'agent@example.com', ADMIN_PASSWORD: 'agent-password-1' }
const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']
const CUSTOMER_IMAGE = 'The agent’s snapshot of your camera, with their marks'

/**
 * The app with an admin to sign in as and a browser with a fake camera; per test, the customer's
 * page (`guarded`) and a signed-in agent console (`agent`), which may log nothing but the sign-in
 * probe and what `agentMayLog` allows.
 */
const test = appTest
  .override('serverEnv', { scope: 'file' }, ADMIN)
  .override('browserArgs', { scope: 'file' }, FAKE_MEDIA)
  .extend<'agentMayLog', RegExp[]>('agentMayLog', [])
  .extend('agent', async ({ server, browser, agentMayLog }, { onCleanup }) => {
    const agent = await openGuardedPage(browser, server.url)
    onCleanup(async () => {
      const { problems } = agent
      await agent.close()
      const allowed = (p: string) => [SIGNED_OUT_PROBE, ...agentMayLog].some((r) => r.test(p))
      expect(problems.filter((p) => !allowed(p))).toEqual([])
    })
    await openAgentConsole(agent.page, { email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD })
    return agent
  })
  // The customer on a phone: a portrait touch screen (the fixture's `guarded` is a desktop page).
  .extend('phone', async ({ server, browser }, { onCleanup }) => {
    const phone = await openGuardedPage(browser, server.url, PHONE_PAGE)
    onCleanup(async () => {
      const { problems } = phone
      await phone.close()
      expect(problems).toEqual([])
    })
    return phone
  })

/** The agent closes the call as resolved, which leaves the queue empty for the next test. */
async function closeCall(agent: Page) {
  await agent.getByRole('button', { name: 'Close escalation' }).click()
  await agent.getByText('Nobody is waiting', { exact: false }).waitFor()
}

/** The agent freezes the customer's video, draws one stroke and sends it. */
async function sendOneSnapshot(agent: Page) {
  await expect
    .poll(() => agent.getByTestId('remote-video').evaluate((v: HTMLVideoElement) => v.videoWidth), {
      timeout: 45_000,
    })
    .toBeGreaterThan(0)
  await agent.getByRole('button', { name: 'Freeze frame' }).click()
  await drag(agent, agent.getByLabel('Frozen picture from the customer’s video'), [
    [0.3, 0.3],
    [0.7, 0.6],
  ])
  await agent.getByRole('button', { name: 'Send to customer' }).click()
  await agent.getByTestId('snapshot-status').getByText('Snapshot sent', { exact: false }).waitFor()
}

describe('snapshots in a live-help call', () => {
  // The send refused at the end (the call was closed): a 409 by contract, which the browser logs.
  const refusing = test.override('agentMayLog', [/status of 409 .*\/snapshots\)$/])
  refusing(
    'a snapshot taken by the agent arrives on the customer’s screen and is stored with the escalation',
    {
      timeout: 180_000,
    },
    async ({ guarded: customer, agent, server }) => {
      // The customer in the 3D guide asks for help; the agent takes the call.
      const { page } = customer
      await page.goto('/p/wavelink-ax3000')
      const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      await page.waitForURL(/\/repair\/[0-9a-f-]{36}$/)
      await page.getByText('Step 1 of 8', { exact: true }).waitFor()
      await page.getByRole('button', { name: 'Get help' }).click()
      await page.getByText('You are number 1 in the queue', { exact: false }).waitFor()
      await agent.page.getByTestId('queue-item').getByRole('button', { name: 'Accept' }).click()
      await page.getByTestId('help-call').waitFor()

      // The customer's (fake) camera is on the agent's screen.
      const video = agent.page.getByTestId('remote-video')
      await expect
        .poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth), { timeout: 45_000 })
        .toBeGreaterThan(0)
      const escalationId = await agent.page.evaluate(async () => {
        const r = await fetch('/api/agent/queue')
        const body = (await r.json()) as { escalations: { id: string; status: string }[] }
        return body.escalations.find((e) => e.status === 'active')?.id ?? ''
      })
      expect(escalationId).toMatch(/^[0-9a-f-]{36}$/)

      // Freeze with the keyboard: the frozen picture takes the focus.
      const a = agent.page
      await a.getByRole('button', { name: 'Freeze frame' }).focus()
      await a.keyboard.press('Enter')
      const canvas = a.getByLabel('Frozen picture from the customer’s video')
      await canvas.waitFor()
      expect(await canvas.evaluate((c) => c === document.activeElement)).toBe(true)
      const marks = () => canvas.getAttribute('data-marks').then(Number)

      // A magenta circle drawn with the keyboard alone, around the picture's centre.
      await a.getByLabel('Magenta').check()
      await a.getByLabel('Circle').check()
      await canvas.focus()
      await a.keyboard.press('Enter')
      for (let i = 0; i < 5; i++) await a.keyboard.press('ArrowRight')
      await a.keyboard.press('Enter')
      expect(await marks()).toBe(1)

      // With the mouse: a magenta arrow at the top right and a pen stroke along the top, then a
      // yellow stroke that is undone.
      await a.getByLabel('Arrow').check()
      await drag(a, canvas, [
        [0.9, 0.1],
        [0.75, 0.35],
      ])
      await a.getByLabel('Pen').check()
      await drag(a, canvas, [
        [0.2, 0.25],
        [0.6, 0.25],
      ])
      expect(await marks()).toBe(3)
      expect(
        await seriousViolationsIn(a, ['.remote-video', '.snapshot-tools', '.agent-call h2']),
      ).toEqual([])
      await a.getByLabel('Yellow').check()
      await drag(a, canvas, [
        [0.2, 0.85],
        [0.8, 0.85],
      ])
      expect(await marks()).toBe(4)
      await a.getByRole('button', { name: 'Undo' }).click()
      expect(await marks()).toBe(3)

      const sentAt = Date.now()
      await a.getByRole('button', { name: 'Send to customer' }).click()
      await a.getByTestId('snapshot-status').getByText('Snapshot sent', { exact: false }).waitFor()
      // Back to the live video, with the focus on Freeze frame again.
      await expect.poll(() => canvas.count()).toBe(0)
      expect(
        await a
          .getByRole('button', { name: 'Freeze frame' })
          .evaluate((b) => b === document.activeElement),
      ).toBe(true)

      // The customer sees the picture: the camera's green with the magenta marks where they were
      // drawn, and nothing of the undone yellow stroke.
      const shown = page.getByRole('img', { name: CUSTOMER_IMAGE })
      await expect
        .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0)
      console.log(`snapshot: Send → on the customer's screen in ≤ ${Date.now() - sentAt} ms`)
      expect(await seriousViolationsIn(page, ['[data-testid="help-snapshot"]'])).toEqual([])
      const regions: Record<string, Region> = {
        stroke: [0.25, 0.22, 0.55, 0.28],
        circleRight: [0.55, 0.35, 0.65, 0.65],
        arrow: [0.77, 0.12, 0.88, 0.33],
        quietCorner: [0.02, 0.55, 0.12, 0.95],
        undone: [0.25, 0.82, 0.75, 0.88],
      }
      const pixels = await shown.evaluate(pixelCounts, regions)
      const { all, stroke, circleRight, arrow, quietCorner, undone } = pixels.counts as Record<
        string,
        Record<string, number>
      >
      console.log(
        `snapshot pixels: ${pixels.width}×${pixels.height}`,
        JSON.stringify(pixels.counts),
      )
      // The marks' width scales with the picture (WebRTC may send a smaller one on a busy machine).
      const lineWidth = Math.max(3, Math.round(Math.min(pixels.width, pixels.height) / 120))
      expect(all?.green).toBeGreaterThan((all?.total ?? 0) * 0.3)
      expect(stroke?.magenta).toBeGreaterThan(0.12 * pixels.width * lineWidth)
      expect(circleRight?.magenta).toBeGreaterThan(0.08 * pixels.width * lineWidth)
      expect(arrow?.magenta).toBeGreaterThan(0.08 * pixels.width * lineWidth)
      expect(quietCorner?.magenta).toBe(0)
      expect(quietCorner?.green).toBeGreaterThan((quietCorner?.total ?? 0) * 0.5)
      expect(undone?.yellow).toBe(0)
      expect(all?.yellow).toBeLessThan(20)

      // Stored with the escalation: the API lists it and serves the very bytes the customer got.
      const list = await a.request.get(`/api/agent/escalations/${escalationId}/snapshots`)
      expect(list.status()).toBe(200)
      const { snapshots } = (await list.json()) as {
        snapshots: { id: string; type: string; width: number; height: number; size: number }[]
      }
      expect(snapshots).toHaveLength(1)
      const stored = snapshots[0] as (typeof snapshots)[number]
      console.log(
        `snapshot stored: ${stored.type}, ${stored.width}×${stored.height}, ${stored.size} bytes`,
      )
      expect(stored).toMatchObject({
        type: 'image/webp',
        width: pixels.width,
        height: pixels.height,
      })
      const image = await a.request.get(
        `/api/agent/escalations/${escalationId}/snapshots/${stored.id}`,
      )
      expect(image.headers()['content-type']).toBe('image/webp')
      const bytes = await image.body()
      expect(bytes.byteLength).toBe(stored.size)
      const customerBytes = await shown.evaluate(async (img: HTMLImageElement) =>
        Array.from(new Uint8Array(await (await fetch(img.src)).arrayBuffer())),
      )
      expect(Buffer.from(customerBytes).equals(bytes)).toBe(true)

      // The escalation's history on the console shows it, loaded back from the server on rejoin.
      const history = a.getByTestId('snapshot-history')
      await a.getByRole('button', { name: 'Back to the queue' }).click()
      await a.getByTestId('queue-item').getByRole('button', { name: 'Rejoin call' }).click()
      const thumb = history.getByRole('img', { name: /Snapshot sent at / })
      await expect
        .poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
          timeout: 10_000,
        })
        .toBe(stored.width)
      expect(await seriousViolationsIn(a, ['[data-testid="snapshot-history"]'])).toEqual([])

      // Bad input gets a clear error, and nothing stored or shown is lost.
      const csrf = (await a.context().cookies()).find((c) => c.name === 'fp_csrf')?.value ?? ''
      const post = (id: string, type: string, data: Buffer) =>
        a.request.post(`/api/agent/escalations/${id}/snapshots`, {
          headers: { 'content-type': type, 'x-csrf-token': csrf },
          data,
        })
      const wrongType = await post(escalationId, 'text/plain', Buffer.from('not a picture'))
      expect(wrongType.status()).toBe(415)
      expect(await wrongType.json()).toMatchObject({
        error: { code: 'unsupported_media_type', message: expect.stringContaining('image/webp') },
      })
      const disguised = await post(escalationId, 'image/webp', Buffer.from('<svg/>'))
      expect(disguised.status()).toBe(422)
      expect(await disguised.json()).toMatchObject({
        error: { message: 'The snapshot is not a whole image/webp image.' },
      })
      const tooLarge = await post(escalationId, 'image/webp', Buffer.alloc(3 * 1024 * 1024, 1))
      expect(tooLarge.status()).toBe(413)
      expect(await tooLarge.json()).toMatchObject({
        error: { code: 'payload_too_large', message: 'The snapshot is larger than 2 MB.' },
      })
      // Another customer's escalation, which this agent has not taken.
      const other = await fetch(`${server.url}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ procedureId: 'factory-reset', mode: 'inline' }),
      }).then(
        (r) =>
          r.json() as Promise<{
            id: string
            token: string
            procedure: { steps: { id: string }[] }
          }>,
      )
      const step = other.procedure.steps[0]?.id as string
      const otherEscalation = await fetch(`${server.url}/api/sessions/${other.id}/escalation`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${other.token}` },
        body: JSON.stringify({ stepId: step, timeOnStepMs: 1000, path: [step], mode: 'inline' }),
      }).then((r) => r.json() as Promise<{ escalation: { id: string } }>)
      const notTheirs = await post(otherEscalation.escalation.id, 'image/webp', bytes)
      expect(notTheirs.status()).toBe(403)
      expect(await notTheirs.json()).toMatchObject({
        error: {
          code: 'not_your_escalation',
          message: 'Only the agent who took this customer can send them snapshots.',
        },
      })
      // That customer gives up, which leaves the queue empty for the next test.
      const cancelled = await fetch(`${server.url}/api/sessions/${other.id}/escalation`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${other.token}` },
      })
      expect(cancelled.status).toBe(200)
      const after = (await (
        await a.request.get(`/api/agent/escalations/${escalationId}/snapshots`)
      ).json()) as {
        snapshots: { id: string }[]
      }
      expect(after.snapshots.map((s) => s.id)).toEqual([stored.id])
      await expect.poll(() => history.getByRole('img').count()).toBe(1)
      expect(await page.getByRole('img', { name: CUSTOMER_IMAGE }).count()).toBe(1)

      // The customer puts the picture away.
      await page.getByRole('button', { name: 'Close picture' }).click()
      await expect.poll(() => page.getByRole('img', { name: CUSTOMER_IMAGE }).count()).toBe(0)

      // A send that fails (an admin closed the escalation meanwhile) says why, and the frozen
      // picture and its marks stay for the agent.
      await a.getByRole('button', { name: 'Freeze frame' }).click()
      await drag(a, canvas, [
        [0.3, 0.5],
        [0.7, 0.5],
      ])
      expect(await marks()).toBe(1)
      const close = await a.request.post(`/api/agent/escalations/${escalationId}/close`, {
        headers: { 'x-csrf-token': csrf },
        data: { resolution: 'resolved' },
      })
      expect(close.status()).toBe(200)
      await a.getByRole('button', { name: 'Send to customer' }).click()
      await a
        .getByRole('alert')
        .getByText('This call is over: snapshots go to a customer in a call.')
        .waitFor()
      expect(await marks()).toBe(1)
      expect(await canvas.isVisible()).toBe(true)
    },
  )
})

describe('snapshots in a headset, where there is no DOM overlay', () => {
  test('the agent’s snapshot shows above the in-scene panel and closes from there', {
    timeout: 180_000,
  }, async ({ guarded: customer, agent }) => {
    const { page } = customer
    await customerInQuestAr(page)
    await press(page, 'help')
    await expectPanel(page, 'Help: you are number 1 in the queue')
    await agent.page.getByTestId('queue-item').getByRole('button', { name: 'Accept' }).click()
    await expectPanel(page, 'Help: talking to')

    // The headset's (fake) camera reaches the agent, who freezes it, draws and sends.
    expect(await targetOf(page, 'snapshot')).toBeNull()
    await sendOneSnapshot(agent.page)

    // Above the panel, as wide as it, with the panel saying where to look.
    await expect.poll(() => targetOf(page, 'snapshot'), { timeout: 20_000 }).not.toBeNull()
    await expectPanel(page, 'The agent sent a picture')
    const picture = (await targetOf(page, 'snapshot')) as [number, number, number]
    const next = (await targetOf(page, 'button:next')) as [number, number, number]
    expect(picture[1]).toBeGreaterThan(next[1] + 0.3)
    expect(Math.hypot(picture[0] - next[0], picture[2] - next[2])).toBeLessThan(0.4)

    await press(page, 'close-snapshot')
    await expect.poll(() => targetOf(page, 'snapshot')).toBeNull()
    await closeCall(agent.page)
  })
})

describe('snapshots on a phone in AR, through the DOM overlay', () => {
  const phone = test.override('pageOptions', PHONE_PAGE)
  phone(
    'a snapshot sent while the customer is out of AR is in the overlay when they go back',
    {
      timeout: 180_000,
    },
    async ({ phone: customer, agent }) => {
      const { page } = customer
      const overlay = await startPhoneAr(page)
      const touch = await touchScreen(page)
      await touch.tap(TAP)
      await touch.detach()
      await overlay.getByRole('button', { name: 'Lock' }).tap()
      await overlay.getByText('Step 1 of', { exact: false }).waitFor({ timeout: 10_000 })
      await overlay.getByRole('button', { name: 'Get help' }).tap()
      await agent.page.getByTestId('queue-item').getByRole('button', { name: 'Accept' }).click()
      await overlay.getByText('Call connected', { exact: false }).waitFor({ timeout: 45_000 })

      // Out of AR the phone's camera joins the call; the agent sends a snapshot of it, which the
      // page shows at once.
      await overlay.getByRole('button', { name: 'Exit AR' }).tap()
      await sendOneSnapshot(agent.page)
      const shown = (where: Locator) =>
        where
          .getByRole('img', { name: CUSTOMER_IMAGE })
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)
      await expect.poll(() => shown(page.locator('main')), { timeout: 10_000 }).toBeGreaterThan(0)

      // Back in AR, the picture is on the overlay, over the camera, where the customer can see it.
      await page.getByRole('button', { name: 'Back to AR' }).tap()
      await overlay.getByText('Tap to put the 3D product on the surface').waitFor()
      await expect.poll(() => shown(overlay), { timeout: 10_000 }).toBeGreaterThan(0)
      const box = await overlay.getByRole('img', { name: CUSTOMER_IMAGE }).boundingBox()
      const viewport = page.viewportSize()
      if (!box || !viewport) throw new Error('no box for the picture')
      expect(box.width).toBeGreaterThan(viewport.width * 0.5)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
      await overlay.getByRole('button', { name: 'Close picture' }).tap()
      await expect.poll(() => overlay.getByRole('img', { name: CUSTOMER_IMAGE }).count()).toBe(0)
      await closeCall(agent.page)
    },
  )
})
