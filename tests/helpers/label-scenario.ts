import type { Page } from 'playwright-core'
import { Vector3 } from 'three'
import { headsetAt, labelInWorld, productLabel, productPose, type Vec3 } from './label-truth'
import type { CameraTruth } from './xr-camera-access'

/**
 * The label alignment scenario shared by the e2e tests and the benchmark: a Printwell P200 on the
 * emulated room's table, its printed label seen by the harness's camera, an emulated headset
 * walked through viewpoints in front of the label.
 */

export const PRODUCT = 'printwell-p200'
export const label = productLabel(PRODUCT)
// On the room's table, turned so that its label (on the +x side) faces the middle of the room.
export const truthPose = productPose([0.05, 0.75, -0.55], -78)
export const labelWorld = labelInWorld(truthPose, label)

export function truthFor(extra: Partial<CameraTruth> = {}): CameraTruth {
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
export const centre: Vec3 = [labelWorld.centre.x, labelWorld.centre.y, labelWorld.centre.z]
export const VIEWPOINTS: Vec3[] = [
  viewpoint(0.26, 0, 0.04),
  viewpoint(0.25, 0.09, 0.05),
  viewpoint(0.27, -0.09, 0.02),
  viewpoint(0.24, 0.04, 0.09),
]

/**
 * Opens the procedure `title` of the product in AR on an emulated `device` and turns it to the
 * label; resolves with the page's time at which the label came into view. A headset gets a small
 * single-view canvas; a phone keeps the page's own (portrait, touch) viewport.
 */
export async function startRepairInAr(
  page: Page,
  title: string,
  device: 'quest3' | 'phone' = 'quest3',
) {
  if (device === 'quest3') await page.setViewportSize({ width: 480, height: 360 })
  await page.goto(`/p/${PRODUCT}?emulate=${device}`)
  const card = page.getByRole('article', { name: title })
  await card.getByRole('button', { name: 'Start this repair' }).click()
  await page.waitForURL(/\/repair\//)
  await page.evaluate(() => {
    const device = window.__fixpointXR?.device
    if (device) device.stereoEnabled = false
  })
  await page.getByRole('button', { name: 'Start AR' }).click()
  await page.waitForFunction(() => window.__fixpointXR?.device.activeSession != null, null, {
    timeout: 10_000,
  })
  // The emulator moves the device only in a session: the label comes into view now.
  await headsetAt(page, VIEWPOINTS[0] as Vec3, centre)
  return page.evaluate(() => performance.now())
}

/** How fast the emulated hand moves the device between viewpoints, m/s (a slow, steady sweep). */
const SWEEP_M_PER_S = 0.1

/** Where the device is `ms` into a sweep that goes from viewpoint to viewpoint and round again. */
function sweepAt(ms: number): Vec3 {
  const legs = VIEWPOINTS.map((a, i) => {
    const b = VIEWPOINTS[(i + 1) % VIEWPOINTS.length] as Vec3
    return { a, b, length: Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) }
  })
  const loop = legs.reduce((sum, l) => sum + l.length, 0)
  let d = ((ms / 1000) * SWEEP_M_PER_S) % loop
  for (const { a, b, length } of legs) {
    if (d <= length) {
      const f = length > 0 ? d / length : 0
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f]
    }
    d -= length
  }
  return VIEWPOINTS[0] as Vec3
}

/**
 * Sweeps the headset through the viewpoints, always facing the label, until `done` holds (checked
 * every 100 ms) or `timeoutMs` passes; true when done.
 */
export async function walkUntil(page: Page, done: () => Promise<boolean>, timeoutMs: number) {
  const began = Date.now()
  while (Date.now() - began < timeoutMs) {
    await headsetAt(page, sweepAt(Date.now() - began), centre)
    if (await done()) return true
    await page.waitForTimeout(100)
  }
  return done()
}

export async function timeline(page: Page) {
  // Plain data in and out of the page: a helper defined inside it would be renamed by the tsx
  // loader the benchmark runs under (it adds a `__name` call the page does not have).
  const names = [
    'fixpoint:ar-entered',
    'fixpoint:ar-aligned',
    'fixpoint:ar-anchored',
    'fixpoint:ar-first-step',
    'fixpoint:ar-label-sighted',
  ]
  const [entered, aligned, anchored, firstStep, sighted] = await page.evaluate(
    (list) => list.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN),
    names,
  )
  return {
    entered: entered ?? Number.NaN,
    aligned: aligned ?? Number.NaN,
    anchored: anchored ?? Number.NaN,
    firstStep: firstStep ?? Number.NaN,
    sighted: sighted ?? Number.NaN,
  }
}
