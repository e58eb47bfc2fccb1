import type { Browser, Page } from 'playwright-core'
import type { Matrix4 } from 'three'
import { Vector3 } from 'three'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
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
import { type CameraTruth, installXRCameraAccess } from '../helpers/xr-camera-access'
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

const PRODUCT = 'printwell-p200'
const label = productLabel(PRODUCT)
// On the room's table, turned so that its label (on the +x side) faces the middle of the room.
const truthPose = productPose([0.05, 0.75, -0.55], -78)
const labelWorld = labelInWorld(truthPose, label)

function truthFor(extra: Partial<CameraTruth> = {}): CameraTruth {
  return {
    worldFromLabel: labelWorld.matrix.toArray(),
    text: `https://fixpoint.example/p/${PRODUCT}`,
    sideM: label.sizeMm / 1000,
    ...extra,
  }
}

/** Viewpoints in front of the label: distance along its normal, then right and up offsets (m). */
function viewpoint(distance: number, right: number, up: number): Vec3 {
  const n = labelWorld.normal
  const r = new Vector3().crossVectors(new Vector3(0, 1, 0), n).normalize()
  const p = labelWorld.centre
    .clone()
    .addScaledVector(n, distance)
    .addScaledVector(r, right)
    .addScaledVector(new Vector3(0, 1, 0), up)
  return [p.x, p.y, p.z]
}
const centre: Vec3 = [labelWorld.centre.x, labelWorld.centre.y, labelWorld.centre.z]
const VIEWPOINTS: Vec3[] = [
  viewpoint(0.26, 0, 0.04),
  viewpoint(0.25, 0.09, 0.05),
  viewpoint(0.27, -0.09, 0.02),
  viewpoint(0.24, 0.04, 0.09),
]

/** Opens the procedure `title` of the product in AR, the headset already facing the label. */
async function startRepairInAr(page: Page, title: string) {
  await page.setViewportSize({ width: 480, height: 360 })
  await page.goto(`/p/${PRODUCT}?emulate=quest3`)
  const card = page.getByRole('article', { name: title })
  await card.getByRole('button', { name: 'Start this repair' }).click()
  await page.waitForURL(/\/repair\//)
  await page.evaluate(() => {
    const device = window.__fixpointXR?.device
    if (device) device.stereoEnabled = false
  })
  await headsetAt(page, VIEWPOINTS[0] as Vec3, centre)
  await page.getByRole('button', { name: 'Start AR' }).click()
  await expect
    .poll(() => page.evaluate(() => window.__fixpointXR?.device.activeSession != null), {
      timeout: 10_000,
    })
    .toBe(true)
}

/** Walks the headset through the viewpoints until `done` holds, `dwellMs` at each. */
async function walkUntil(
  page: Page,
  done: () => Promise<boolean>,
  timeoutMs: number,
  dwellMs = 1200,
) {
  const deadline = Date.now() + timeoutMs
  for (let i = 0; Date.now() < deadline; i++) {
    await headsetAt(page, VIEWPOINTS[i % VIEWPOINTS.length] as Vec3, centre)
    const until = Date.now() + dwellMs
    while (Date.now() < until) {
      if (await done()) return true
      await page.waitForTimeout(100)
    }
  }
  return done()
}

const timeline = (page: Page) =>
  page.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN
    return {
      entered: at('fixpoint:ar-entered'),
      aligned: at('fixpoint:ar-aligned'),
      anchored: at('fixpoint:ar-anchored'),
      firstStep: at('fixpoint:ar-first-step'),
    }
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
    await startRepairInAr(page, 'Replace an ink cartridge')
    const stepShown = async () => (await panelText(page)).includes('Step 1 of')
    expect(await walkUntil(page, stepShown, 30_000)).toBe(true)

    // No trigger was pulled: the step card came from the label alone.
    const values = await page.evaluate(() => window.__fixpointAR?.values() ?? {})
    expect(values.twinDrawn).toBe('occluder')
    const error = await expectOnTruth(
      await twinMatrix(page),
      targetNodes(PRODUCT, 'replace-ink-cartridge'),
    )
    expect(error.positionMm).toBeLessThanOrEqual(5)
    expect(error.rotationDeg).toBeLessThanOrEqual(1)
    for (const mm of error.pointsMm) expect(mm).toBeLessThanOrEqual(10)

    const t = await timeline(page)
    expect(t.anchored).toBeGreaterThan(t.entered)
    console.info(
      `AR entered (label in view) → aligned ${Math.round(t.aligned - t.entered)} ms, anchored ` +
        `${Math.round(t.anchored - t.entered)} ms, first step card ${Math.round(t.firstStep - t.entered)} ms`,
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
