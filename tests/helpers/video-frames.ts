import type { Page } from 'playwright-core'

declare global {
  interface Window {
    /** Wall-clock times (ms) of the frames the watched <video> presented, oldest first. */
    __videoFrames?: number[]
  }
}

/**
 * Records every frame the page's `<video>` matching `selector` presents (requestVideoFrameCallback),
 * as wall-clock times comparable with the test's own Date.now(); follows the element when it is
 * replaced. What a person watching would see, not what the app says about itself.
 */
export async function watchVideoFrames(page: Page, selector: string) {
  await page.evaluate((sel) => {
    const times: number[] = []
    window.__videoFrames = times
    const watched = new WeakSet<HTMLVideoElement>()
    const attach = () => {
      const v = document.querySelector(sel)
      if (!(v instanceof HTMLVideoElement) || watched.has(v)) return
      watched.add(v)
      const tick = () => {
        times.push(Date.now())
        v.requestVideoFrameCallback(tick)
      }
      v.requestVideoFrameCallback(tick)
    }
    attach()
    new MutationObserver(attach).observe(document.body, { childList: true, subtree: true })
  }, selector)
  const times = () => page.evaluate(() => window.__videoFrames ?? [])
  return {
    times,
    /** Resolves once the last second held at least 10 frames, none more than 250 ms apart. */
    async steady(timeoutMs: number) {
      await page.waitForFunction(
        () => {
          const now = Date.now()
          const last = (window.__videoFrames ?? []).filter((t) => t > now - 1000)
          const gaps = last.slice(1).map((t, i) => t - (last[i] as number))
          return last.length >= 10 && Math.max(now - (last.at(-1) ?? 0), ...gaps) <= 250
        },
        undefined,
        { timeout: timeoutMs, polling: 100 },
      )
    },
    /** Resolves with the time of the first frame presented after `after` (ms). */
    async firstAfter(after: number, timeoutMs: number): Promise<number> {
      const found = await page.waitForFunction(
        (t) => window.__videoFrames?.find((x) => x > t),
        after,
        { timeout: timeoutMs, polling: 25 },
      )
      return Number(await found.jsonValue())
    },
  }
}
