import type { Browser } from 'playwright-core'
import type { Matrix4 } from 'three'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import {
  PRODUCT,
  startRepairInAr,
  timeline,
  truthFor,
  truthPose,
  walkUntil,
} from '../helpers/label-scenario'
import { partCentres, poseError, targetNodes, twinMatrix } from '../helpers/label-truth'
import { installXRCameraAccess } from '../helpers/xr-camera-access'
import { expectPanel, panelText, press } from '../helpers/xr-input'

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
    `twin vs truth: ${error.positionMm.toFixed(2)} mm, ${error.rotationDeg.toFixed(3)}°; ` +
      `at the target parts max ${Math.max(...error.pointsMm).toFixed(2)} mm`,
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
})
