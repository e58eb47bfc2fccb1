import type { Page } from 'playwright-core'
import { twoFrames } from './xr-input'

export type Point = [number, number]

/**
 * Fingers on the page's touch screen, as Chromium's own input (CDP `Input.dispatchTouchEvent`):
 * the page gets the touch, pointer and click events a phone's would, in a context made with
 * `hasTouch`. Every change waits two animation frames, so the AR session sees each step of a
 * gesture in software-rendered Chromium, where a frame can outlast a quick swipe.
 */
export async function touchScreen(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  let down: Point[] = []
  const send = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]) => {
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    })
    await twoFrames(page)
  }
  return {
    /** Puts fingers down at `points` (CSS pixels), one per point. */
    async start(...points: Point[]) {
      down = points
      await send('touchStart', points)
    },
    /** Moves the fingers that are down, in `steps` even steps, to `points`. */
    async moveTo(points: Point[], steps = 8) {
      const from = down
      for (let i = 1; i <= steps; i++) {
        const at = points.map(([x, y], f): Point => {
          const [x0, y0] = from[f] ?? [x, y]
          return [x0 + ((x - x0) * i) / steps, y0 + ((y - y0) * i) / steps]
        })
        await send('touchMove', at)
      }
      down = points
    },
    /** Lifts every finger. */
    async end() {
      down = []
      await send('touchEnd', [])
    },
    /** A finger down and up at `point`, as quick as a tap. */
    async tap(point: Point) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchStart',
        touchPoints: [{ x: point[0], y: point[1], id: 0 }],
      })
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
      await twoFrames(page)
    },
    detach: () => cdp.detach(),
  }
}
