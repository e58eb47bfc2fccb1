import type { Page } from 'playwright-core'
import { headsetAt, type Vec3 } from './label-truth'
import { ROUTER_RESET } from './router-walk'
import type { Point } from './touch-screen'

/** An Android phone held upright: a portrait page with a touch screen. */
export const PORTRAIT = { width: 320, height: 568 }
export const PHONE_PAGE = { device: { viewport: PORTRAIT, hasTouch: true, isMobile: true } }

/** Held at chest height in front of the room's table, looking down at its near half. */
export const PHONE_AT: Vec3 = [0.06, 1.3, 0.3]
export const LOOKING_AT: Vec3 = [0.06, 0.76, -0.5]
/** Points on the screen over the table top, clear of the overlay's cards (CSS pixels). */
export const TAP: Point = [55, 330]
/**
 * Opens the router's factory reset on the emulated phone, starts AR with a touch and holds the
 * phone over the table; the overlay is what the customer sees and touches from then on.
 */
export async function startPhoneAr(page: Page) {
  await page.goto(`/p/${ROUTER_RESET.product}?emulate=phone`)
  const card = page.getByRole('article', { name: ROUTER_RESET.procedure })
  await card.getByRole('button', { name: 'Start this repair' }).tap()
  await page.waitForURL(/\/repair\//)
  await page.getByRole('button', { name: 'Start AR' }).tap()
  await page.waitForFunction(() => window.__fixpointXR?.device.activeSession != null, null, {
    timeout: 10_000,
  })
  await headsetAt(page, PHONE_AT, LOOKING_AT)
  const overlay = page.getByLabel('Follow the steps in AR')
  await overlay.getByText('Tap to put the 3D product on the surface').waitFor()
  return overlay
}
