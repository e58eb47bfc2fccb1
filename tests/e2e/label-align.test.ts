import type { Browser } from 'playwright-core'
import type { Matrix4 } from 'three'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import {
  centre,
  PRODUCT,
  startRepairInAr,
  timeline,
  truthFor,
  truthPose,
  VIEWPOINTS,
  walkUntil,
} from '../helpers/label-scenario'
import {
  headsetAt,
  labelInWorld,
  partCentres,
  poseError,
  productLabel,
  productPose,
  targetNodes,
  twinMatrix,
  type Vec3,
} from '../helpers/label-truth'
import { installXRCameraAccess } from '../helpers/xr-camera-access'
import { expectPanel, lookAt, panelText, press, pullTrigger } from '../helpers/xr-input'

/**
 * Label-anchored AR in real Chromium with IWER. The test harness gives the emulated device WebXR
 * `camera-access`, whose camera sees the printed label at a pose the test chose; the app must put
 * the twin on that product by itself. Judged against the pose the scene was rendered at.
 */

let server: AppServer
let browser: Browser
let guarded: GuardedPage

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})
beforeEach(async () => {
  guarded = await openGuardedPage(browser, server.url)
})
afterEach(async () => {
  const { problems } = guarded
  await guarded.close()
  expect(problems).toEqual([])
})

async function expectOnTruth(twin: Matrix4 | null, nodes: string[]) {
  expect(twin).not.toBeNull()
  const parts = await partCentres(PRODUCT, nodes)
  const error = poseError(twin as Matrix4, truthPose, [...parts.values()])
  console.info(
    `twin vs truth: ${error.positionMm.toFixed(2)} mm, ${error.rotationDeg.toFixed(3)}°` +
      (error.pointsMm.length > 0
        ? `; at the target parts max ${Math.max(...error.pointsMm).toFixed(2)} mm`
        : ''),
  )
  return error
}

describe('label-anchored AR on an emulated headset with camera access', () => {
  it('puts the twin on the real product from its label, with no placement gesture', async () => {
    const { page } = guarded
    await installXRCameraAccess(page, truthFor())
    const inView = await startRepairInAr(page, 'Replace an ink cartridge')
    const stepShown = async () => (await panelText(page)).includes('Step 1 of')
    expect(await walkUntil(page, stepShown, 30_000)).toBe(true)

    // No trigger was pulled: the step card came from the label alone.
    // On the real product the twin is drawn as an occluder (once its model has loaded).
    await expect
      .poll(() => page.evaluate(() => window.__fixpointAR?.values().twinDrawn), { timeout: 15_000 })
      .toBe('occluder')
    const error = await expectOnTruth(
      await twinMatrix(page),
      targetNodes(PRODUCT, 'replace-ink-cartridge'),
    )
    expect(error.positionMm).toBeLessThanOrEqual(5)
    expect(error.rotationDeg).toBeLessThanOrEqual(1)
    for (const mm of error.pointsMm) expect(mm).toBeLessThanOrEqual(10)

    const t = await timeline(page)
    expect(t.anchored).toBeGreaterThan(inView)
    console.info(
      `label in view → aligned ${Math.round(t.aligned - inView)} ms, anchored ` +
        `${Math.round(t.anchored - inView)} ms, first step card ${Math.round(t.firstStep - inView)} ms`,
    )

    // Seen again from elsewhere, it stays on the product (and is corrected, never thrown off).
    await walkUntil(page, async () => false, 4_000)
    const again = await expectOnTruth(await twinMatrix(page), [])
    expect(again.positionMm).toBeLessThanOrEqual(5)
    expect(again.rotationDeg).toBeLessThanOrEqual(1)
  })

  it('says plainly when heavy blur and noise defeat it, and placing by hand stays available', async () => {
    const { page } = guarded
    await installXRCameraAccess(page, truthFor({ blurPx: 7, noise: 0.25, exposure: 0.5 }))
    await startRepairInAr(page, 'Replace an ink cartridge')
    const settled = async () => {
      const text = await panelText(page)
      return text.includes('cannot be read well enough') || text.includes('Step 1 of')
    }
    expect(await walkUntil(page, settled, 25_000)).toBe(true)
    const text = await panelText(page)
    if (text.includes('Step 1 of')) {
      // It converged after all: then it must be as accurate as in clear conditions.
      const error = await expectOnTruth(await twinMatrix(page), [])
      expect(error.positionMm).toBeLessThanOrEqual(5)
      console.info('heavy blur: aligned anyway')
    } else {
      console.info('heavy blur: said it cannot align here')
      await press(page, 'by-hand')
      await expectPanel(page, 'pull the trigger')
    }
  })

  it('recognizes the product inside AR from the home page: label, procedure, aligned steps', async () => {
    const { page } = guarded
    await installXRCameraAccess(page, truthFor())
    await page.setViewportSize({ width: 480, height: 360 })
    await page.goto('/?emulate=quest3')
    await page.getByRole('link', { name: 'Find your product in AR' }).click()
    await page.waitForURL(/\/ar$/)
    await page.evaluate(() => {
      const device = window.__fixpointXR?.device
      if (device) device.stereoEnabled = false
    })
    await page.getByRole('button', { name: 'Start AR' }).click()
    await page.waitForFunction(() => window.__fixpointXR?.device.activeSession != null)
    await headsetAt(page, VIEWPOINTS[0] as Vec3, centre)
    await expectPanel(page, 'Printwell P200 inkjet printer. What needs fixing?')

    const { product } = (await (await fetch(`${server.url}/api/products/${PRODUCT}`)).json()) as {
      product: { procedures: { id: string; title: string }[] }
    }
    const index = product.procedures.findIndex((p) => p.title === 'Replace an ink cartridge')
    expect(index).toBeGreaterThanOrEqual(0)
    await press(page, `procedure-${index}`)
    const stepShown = async () => (await panelText(page)).includes('Step 1 of')
    expect(await walkUntil(page, stepShown, 30_000)).toBe(true)
    expect(await panelText(page)).toContain('Check the ink light')
    const error = await expectOnTruth(await twinMatrix(page), [])
    expect(error.positionMm).toBeLessThanOrEqual(5)
    expect(error.rotationDeg).toBeLessThanOrEqual(1)

    // Leaving AR lands on the repair's own page, where it can go on.
    await press(page, 'exit')
    await page.waitForURL(/\/repair\//)
    await page
      .getByRole('button', { name: 'Back to AR' })
      .or(page.getByRole('button', { name: 'Start AR' }))
      .first()
      .waitFor()
  })

  it('without camera access, a tap on the label puts the product there to within 2 cm and 5°', async () => {
    const { page } = guarded
    // A Printwell P200 standing against the room's east wall (x = 1.199 m in the room capture,
    // facing −x), its label on the wall's surface to the right of the in-scene panel.
    const wallX = 1.199
    const tapLabel = productLabel(PRODUCT)
    const turned = productPose([0, 0, 0], 180)
    const centreInRoom = labelInWorld(turned, tapLabel).centre
    const labelAt: Vec3 = [wallX, 1.1, 0.55]
    const truth = productPose(
      [labelAt[0] - centreInRoom.x, labelAt[1] - centreInRoom.y, labelAt[2] - centreInRoom.z],
      180,
    )
    await page.setViewportSize({ width: 480, height: 360 })
    await page.goto(`/p/${PRODUCT}?emulate=quest3`)
    await page
      .getByRole('article', { name: 'Replace an ink cartridge' })
      .getByRole('button', { name: 'Start this repair' })
      .click()
    await page.waitForURL(/\/repair\//)
    await page.evaluate(() => {
      const device = window.__fixpointXR?.device
      if (device) device.stereoEnabled = false
    })
    await page.getByRole('button', { name: 'Start AR' }).click()
    await page.waitForFunction(() => window.__fixpointXR?.device.activeSession != null)
    await headsetAt(page, [0.45, 1.35, 0.3], labelAt)
    // The right hand beside the head, as a person holds it (the emulator leaves it where it was).
    await page.evaluate(async () => {
      await window.__fixpointXR?.device.remote?.dispatch('set_transform', {
        device: 'controller-right',
        position: { x: 0.6, y: 1.15, z: 0.5 },
      })
    })
    await expectPanel(page, 'pull the trigger')
    await press(page, 'tap-label')
    await expectPanel(page, 'centre of the QR label')
    await lookAt(page, 'controller-right', labelAt)
    await expect
      .poll(() => page.evaluate(() => window.__fixpointAR?.values().surface), { timeout: 10_000 })
      .toBe('hit-test')
    await pullTrigger(page)
    await expectPanel(page, 'Then lock it')
    const error = poseError((await twinMatrix(page)) as Matrix4, truth)
    console.info(
      `tap the label: ${error.positionMm.toFixed(1)} mm, ${error.rotationDeg.toFixed(2)}° before any twist`,
    )
    expect(error.positionMm).toBeLessThanOrEqual(20)
    expect(error.rotationDeg).toBeLessThanOrEqual(5)
    await press(page, 'lock')
    await expectPanel(page, 'Step 1 of')
  })
})
