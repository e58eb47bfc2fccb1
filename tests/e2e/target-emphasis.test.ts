import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { TargetPixels } from '../../web/customer/guide/guide-test-hook'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { PHONE_PAGE } from '../helpers/phone-ar'

let server: AppServer
let browser: Browser

beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

/**
 * The target's bounding box covers at least this share of the canvas: 0.5% is a 19 px square on
 * this phone's 288 × 256 view, the smallest part (the router's reset pinhole) framed close with
 * its neighbours around it, and an arrow to it.
 */
const MIN_BOX_SHARE = 0.005
/** Mean change of the target's own pixels (0–255 per channel) with its annotation on. */
const MIN_CHANGE = 18

type Shot = { width: number; data: Buffer }

/** The view as the app draws it: a frame rendered by the app's own renderer and read back. */
async function frame(page: Page, width: number): Promise<Shot> {
  const b64 = await page.evaluate(() => window.__fixpointGuide?.framePixels() ?? '')
  return { width, data: Buffer.from(b64, 'base64') }
}

/** Mean absolute difference of the two frames over the target's pixels. */
function changeOnTarget(a: Shot, b: Shot, target: TargetPixels): number {
  let sum = 0
  let n = 0
  for (let y = 0; y < target.height; y++)
    for (let x = 0; x < target.width; x++) {
      if (target.mask[y * target.width + x] !== '1') continue
      const i = (y * a.width + x) * 4
      for (let c = 0; c < 3; c++) sum += Math.abs((a.data[i + c] ?? 0) - (b.data[i + c] ?? 0))
      n++
    }
  return n ? sum / (3 * n) : 0
}

const frames = (page: Page, n = 3) =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        let left = count
        const tick = () => (--left <= 0 ? done() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    n,
  )

describe('the step target is unmistakable in the 3D guide (phone)', () => {
  it('every step of every sample procedure: framed inside the view, and changed by its emphasis', async () => {
    const guarded = await openGuardedPage(browser, server.url, PHONE_PAGE)
    const { page } = guarded
    // Framing jumps rather than glides, so each step is measured where it settles.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const products = z
      .object({ products: z.array(z.object({ id: z.string() })) })
      .parse(await (await fetch(`${server.url}/api/products`)).json())
    const report: string[] = []
    const failures: string[] = []
    for (const { id } of products.products) {
      await page.goto(`/p/${id}`)
      const starts = page.getByRole('button', { name: 'Start this repair' })
      await starts.first().waitFor()
      const count = await starts.count()
      for (let k = 0; k < count; k++) {
        if (k > 0) await page.goto(`/p/${id}`)
        const title = await page
          .getByRole('article')
          .nth(k)
          .getByRole('heading')
          .first()
          .innerText()
        await page.getByRole('button', { name: 'Start this repair' }).nth(k).click()
        await page.waitForURL(/\/repair\//)
        await page.waitForFunction(() => window.__fixpointGuide !== undefined, null, {
          timeout: 30_000,
        })
        const steps = await page.evaluate(() => window.__fixpointGuide?.stepIds() ?? [])
        expect(steps.length).toBeGreaterThan(0)
        for (const step of steps) {
          await page.evaluate((s) => window.__fixpointGuide?.goTo(s), step)
          await frames(page, 2)
          const target = await page.evaluate(() => window.__fixpointGuide?.targetPixels())
          if (!target?.box) {
            failures.push(`${id} / ${title} / ${step}: the target is not drawn at all`)
            continue
          }
          const { box, width, height } = target
          const share = ((box.x1 - box.x0 + 1) * (box.y1 - box.y0 + 1)) / (width * height)
          const inside = box.x0 > 0 && box.y0 > 0 && box.x1 < width - 1 && box.y1 < height - 1
          const on = await frame(page, width)
          await page.evaluate(() => window.__fixpointGuide?.setAnnotated(false))
          await frames(page, 2)
          const off = await frame(page, width)
          await page.evaluate(() => window.__fixpointGuide?.setAnnotated(true))
          expect(on.data.length).toBe(width * height * 4)
          expect(off.data.length).toBe(width * height * 4)
          const change = changeOnTarget(on, off, target)
          const line = `${id} / ${title} / ${step}: box ${(share * 100).toFixed(1)}% of the view, ${inside ? 'inside' : 'CUT OFF'}, change ${change.toFixed(0)}`
          report.push(line)
          if (!inside || share < MIN_BOX_SHARE || change < MIN_CHANGE) failures.push(line)
        }
      }
    }
    console.log(report.join('\n'))
    expect(failures).toEqual([])
    expect(report.length).toBeGreaterThan(20)
    await guarded.close()
    expect(guarded.problems).toEqual([])
  }, 300_000)
})
