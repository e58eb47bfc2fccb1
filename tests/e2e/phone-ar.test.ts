import type { Page } from 'playwright-core'
import { Vector3 } from 'three'
import { describe, expect } from 'vitest'
import { appTest } from '../helpers/app-fixture'
import { sessionOf, watchEvents } from '../helpers/event-ledger'
import { startRepairInAr, truthFor, truthPose, walkUntil } from '../helpers/label-scenario'
import { headsetAt, poseError, twinMatrix, type Vec3 } from '../helpers/label-truth'
import { LOOKING_AT, PHONE_AT, PHONE_PAGE, PORTRAIT, startPhoneAr, TAP } from '../helpers/phone-ar'
import { routerResetEvents } from '../helpers/router-walk'
import { surfaceUnder } from '../helpers/screen-truth'
import { type Point, touchScreen } from '../helpers/touch-screen'
import { installXRCameraAccess } from '../helpers/xr-camera-access'
import { currentView, pictureCoordinatesOf } from '../helpers/xr-input'

/**
 * The AR guide on an emulated Android phone (`?emulate=phone`: IWER with a handheld profile, one
 * camera, the DOM overlay and the screen as input), driven only through the overlay with
 * Chromium's own touch input. Where the product lands is judged against the room's surface under
 * the finger, cast by the test from the emulated camera, never against the app's numbers.
 */

const test = appTest.override('pageOptions', PHONE_PAGE)
// The server and browser start in a hook, on the hooks' time budget, not in the first test's.
test.beforeAll(async ({ server, browser }) => {
  console.info(`app at ${server.url}, Chromium ${browser.version()}`)
})

const DRAG_TO: Point = [240, 295]
/** How close the product must stay to the surface point under the finger (m). */
const UNDER_FINGER = 0.02

async function twinPose(page: Page) {
  const m = await twinMatrix(page)
  if (!m) throw new Error('No twin is drawn')
  const position = new Vector3().setFromMatrixPosition(m)
  const e = m.elements
  return {
    matrix: m,
    position,
    // Turned about the up axis: its +Z (front) column, seen from above.
    yawDeg: (Math.atan2(e[8] ?? 0, e[10] ?? 1) * 180) / Math.PI,
    scale: [0, 4, 8].map((c) => Math.hypot(e[c] ?? 0, e[c + 1] ?? 0, e[c + 2] ?? 0)),
  }
}

async function expectUnder(page: Page, finger: Point) {
  const truth = await surfaceUnder(page, finger)
  if (!truth) throw new Error(`The room has no surface under ${finger}`)
  const { position } = await twinPose(page)
  const off = position.distanceTo(truth)
  console.info(`twin ${(off * 100).toFixed(2)} cm from the surface under the finger at ${finger}`)
  expect(off).toBeLessThanOrEqual(UNDER_FINGER)
  return position
}

/** Degrees from `a` to `b`, in (−180, 180]. */
const turn = (a: number, b: number) => ((((b - a + 180) % 360) + 360) % 360) - 180

/** Two fingers `radius` px either side of `centre`, along a line at `deg` (clockwise on screen). */
function pair([cx, cy]: Point, radius: number, deg: number): [Point, Point] {
  const a = (deg * Math.PI) / 180
  const dx = radius * Math.cos(a)
  const dy = radius * Math.sin(a)
  return [
    [cx - dx, cy - dy],
    [cx + dx, cy + dy],
  ]
}

describe('AR guide on an emulated phone, through the DOM overlay', () => {
  test('a tap places it under the finger, a drag keeps it there, a twist turns it, a pinch does not scale it', async ({
    guarded,
  }) => {
    const { page } = guarded
    const overlay = await startPhoneAr(page)
    // A phone: the screen is the input, the overlay is shown, one camera held upright.
    const session = await page.evaluate(() => {
      const s = window.__fixpointXR?.device.activeSession as unknown as XRSession | undefined
      return { mode: s?.interactionMode, overlay: s?.domOverlayState?.type }
    })
    expect(session).toEqual({ mode: 'screen-space', overlay: 'screen' })
    const { projection } = await currentView(page)
    expect(projection[0]).toBeGreaterThan(projection[5] ?? 0)

    const touch = await touchScreen(page)
    // Tap: the product lands on the table under the finger, not at the centre of the view.
    await touch.tap(TAP)
    await overlay.getByRole('button', { name: 'Lock' }).waitFor({ timeout: 10_000 })
    const placed = await expectUnder(page, TAP)
    const centre = await surfaceUnder(page, [PORTRAIT.width / 2, PORTRAIT.height / 2])
    expect(centre?.distanceTo(placed)).toBeGreaterThan(0.1)

    // Drag from the product to elsewhere on the table: it follows the finger along the surface.
    await touch.start(TAP)
    await touch.moveTo([DRAG_TO], 6)
    const dragged = await expectUnder(page, DRAG_TO)
    await touch.end()
    expect(dragged.distanceTo(placed)).toBeGreaterThan(0.2)
    await expectUnder(page, DRAG_TO)

    // Two fingers turned 30° clockwise around it turn it 30° clockwise seen from above.
    const before = await twinPose(page)
    const front = (p: Vector3, yawDeg: number): Vec3 => {
      const a = (yawDeg * Math.PI) / 180
      return [p.x + 0.2 * Math.sin(a), p.y, p.z + 0.2 * Math.cos(a)]
    }
    const onScreenBefore = await pictureCoordinatesOf(page, front(before.position, before.yawDeg))
    await touch.start(...pair(DRAG_TO, 55, 0))
    await touch.moveTo(pair(DRAG_TO, 55, 30), 4)
    await touch.end()
    const twisted = await twinPose(page)
    console.info(`twist of 30° clockwise: yaw ${turn(before.yawDeg, twisted.yawDeg).toFixed(2)}°`)
    expect(Math.abs(turn(before.yawDeg, twisted.yawDeg) + 30)).toBeLessThanOrEqual(1)
    expect(twisted.position.distanceTo(before.position)).toBeLessThanOrEqual(0.005)
    // And on the screen its front swung clockwise, as the fingers did.
    const [u, v] = await pictureCoordinatesOf(page, front(twisted.position, twisted.yawDeg))
    const [cu, cv] = await pictureCoordinatesOf(page, [
      twisted.position.x,
      twisted.position.y,
      twisted.position.z,
    ])
    const swing =
      Math.atan2((v - cv) * PORTRAIT.height, (u - cu) * PORTRAIT.width) -
      Math.atan2(
        (onScreenBefore[1] - cv) * PORTRAIT.height,
        (onScreenBefore[0] - cu) * PORTRAIT.width,
      )
    expect(Math.sin(swing)).toBeGreaterThan(0)

    // Spreading two fingers apart (a pinch) neither scales, turns nor moves it.
    await touch.start(...pair(DRAG_TO, 25, 0))
    await touch.moveTo(pair(DRAG_TO, 70, 0), 4)
    await touch.end()
    const pinched = await twinPose(page)
    for (const s of pinched.scale) expect(s).toBeCloseTo(1, 4)
    expect(Math.abs(turn(twisted.yawDeg, pinched.yawDeg))).toBeLessThanOrEqual(0.5)
    expect(pinched.position.distanceTo(twisted.position)).toBeLessThanOrEqual(0.005)
    await touch.detach()
  })

  test('locked by touch, the steps on the overlay walk to "fixed" with the 3D guide\'s events', async ({
    guarded,
    server,
  }) => {
    const { page } = guarded
    const ledger = watchEvents(page)
    const overlay = await startPhoneAr(page)
    const touch = await touchScreen(page)
    await touch.tap(TAP)
    await touch.detach()
    // Lock, then the steps on the overlay's card, all by touch.
    await overlay.getByRole('button', { name: 'Lock' }).tap()
    const heading = (name: string) => overlay.getByRole('heading', { level: 2, name, exact: true })
    const next = () => overlay.getByRole('button', { name: 'Next', exact: true }).tap()
    await heading('Photograph the label').waitFor({ timeout: 10_000 })
    await next()
    await heading('Try a restart first').waitFor()
    await overlay.getByRole('button', { name: 'Get help' }).tap()
    await overlay.getByText('You are number 1 in the queue', { exact: false }).waitFor()
    await overlay.getByRole('button', { name: 'Cancel help request' }).tap()
    await overlay.getByText('Your help request was cancelled.').waitFor()
    await next()
    await heading('Wait for a steady power light').waitFor()
    await next()
    await heading('Hold the reset button for 10 seconds').waitFor()
    await overlay.getByRole('button', { name: 'Yes', exact: true }).tap()
    await heading('Wait for the restart').waitFor()
    await next()
    await heading('Connect to the default Wi-Fi').waitFor()
    await next()
    await heading('Set the router up again').waitFor()
    await overlay.getByRole('button', { name: 'Finish' }).tap()
    await heading('Is it fixed?').waitFor()
    await overlay.getByRole('button', { name: 'Yes, it works now' }).tap()
    await heading('Great — well done!').waitFor()

    // The same events as the 3D guide's walk, and the placing, each accepted once.
    const expected = routerResetEvents('placed:read-label')
    expect(await ledger.until(expected.length, 15_000, expected)).toBe(expected.length)
    await page.waitForTimeout(2500) // nothing more arrives later
    expect(ledger.summary()).toEqual(expected)
    expect(ledger.accepted).toBe(expected.length)
    expect(ledger.duplicates).toBe(0)
    const place = ledger.unique().find((e) => e.type === 'placed')
    expect(place?.data).toEqual({ anchored: true, method: 'hit-test' })

    const { id, token } = await sessionOf(page)
    const res = await fetch(`${server.url}/api/sessions/${id}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    expect(await res.json()).toMatchObject({
      outcome: 'fixed',
      currentStepId: 'set-up-again',
      mode: 'immersive-ar',
    })
  })

  test('aligns on the label by itself, and a finger nudges the aligned product', async ({
    guarded,
  }) => {
    const { page } = guarded
    // The camera-access harness: the phone's camera sees the product's label where it stands.
    await installXRCameraAccess(page, truthFor())
    await startRepairInAr(page, 'Replace an ink cartridge', 'phone')
    const overlay = page.getByLabel('Follow the steps in AR')
    const stepShown = () => overlay.getByText('Step 1 of', { exact: false }).isVisible()
    expect(await walkUntil(page, stepShown, 30_000)).toBe(true)
    const aligned = await twinPose(page)
    const onProduct = poseError(aligned.matrix, truthPose)
    console.info(`aligned on the label: ${onProduct.positionMm.toFixed(1)} mm`)
    expect(onProduct.positionMm).toBeLessThanOrEqual(5)

    // Stepped back to see the table, the customer adjusts it by hand: a drag moves it as far
    // as the finger went over the table, and keeps its turn from the label.
    await headsetAt(page, PHONE_AT, LOOKING_AT)
    await overlay.getByRole('button', { name: 'Adjust by hand' }).tap()
    await overlay.getByRole('button', { name: 'Lock' }).waitFor()
    const from: Point = [80, 338]
    const to: Point = [240, 305]
    const [a, b] = [await surfaceUnder(page, from), await surfaceUnder(page, to)]
    if (!a || !b) throw new Error('No table under the finger')
    const touch = await touchScreen(page)
    await touch.start(from)
    await touch.moveTo([to], 6)
    await touch.end()
    await touch.detach()
    const nudged = await twinPose(page)
    const moved = nudged.position.clone().sub(aligned.position)
    const fingerWent = b.clone().sub(a).setY(0)
    console.info(
      `nudged ${(moved.length() * 100).toFixed(1)} cm; ` +
        `${(moved.distanceTo(fingerWent) * 100).toFixed(2)} cm off the finger's travel`,
    )
    expect(moved.distanceTo(fingerWent)).toBeLessThanOrEqual(UNDER_FINGER)
    expect(Math.abs(turn(aligned.yawDeg, nudged.yawDeg))).toBeLessThanOrEqual(0.5)

    // Locked again by hand, the label no longer pulls it back.
    await overlay.getByRole('button', { name: 'Lock' }).tap()
    await overlay.getByText('Step 1 of', { exact: false }).waitFor()
    await page.waitForTimeout(1000)
    expect((await twinPose(page)).position.distanceTo(nudged.position)).toBeLessThanOrEqual(0.002)
  })
})
