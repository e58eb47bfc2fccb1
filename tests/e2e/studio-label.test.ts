import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { PRINTWELL_P200_LABEL } from '../../scripts/models/printwell-p200'
import { LabelPoseSchema } from '../../server/domain/product'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const ADMIN = { ADMIN_EMAIL: 'author@example.com', ADMIN_PASSWORD: 'label-e2e-password' }
// Signed-out `me` answers 401 by contract and the app handles it; Chromium logs it anyway.
const expected = /status of 401 .*\/api\/auth\/me\)$/
const PRODUCT = 'printwell-p200'
/** Truth: the pose the generator built the printer's label quad from (scripts/models). */
const TRUTH = PRINTWELL_P200_LABEL

const wasm = readFileSync(
  createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
)
prepareZXingModule({
  overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) },
})

let server: AppServer
let browser: Browser
beforeAll(async () => {
  ;[server, browser] = await Promise.all([startAppServer(ADMIN), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signIn(page: Page, path: string) {
  await page.goto(path)
  await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
  await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

type Point = { x: number; y: number }

/**
 * Where the printed QR symbol's centre is on screen, found the way a person finds it: the code is
 * read (zxing) in a screenshot of the 3D view, and its centre is where the diagonals between its
 * corners (the module grid's outer corners) cross, exact under perspective. The screenshot is
 * clipped at whole CSS pixels, so its pixel (0, 0) is at a known client position. Answers client
 * coordinates, the decoded text and the symbol's side on screen.
 */
async function findSymbol(page: Page): Promise<{ centre: Point; text: string; sidePx: number }> {
  const box = await page.getByTestId('label-view').locator('canvas').boundingBox()
  if (!box) throw new Error('the 3D view has no box')
  const clip = {
    x: Math.ceil(box.x),
    y: Math.ceil(box.y),
    width: Math.floor(box.width) - 1,
    height: Math.floor(box.height) - 1,
  }
  const png = PNG.sync.read(await page.screenshot({ clip }))
  if (png.width !== clip.width) throw new Error(`screenshot at ${png.width / clip.width}× scale`)
  const [code] = await readBarcodes(
    { data: new Uint8ClampedArray(png.data), width: png.width, height: png.height } as ImageData,
    { formats: ['QRCode'] },
  )
  if (!code) throw new Error('no QR code readable in the 3D view')
  const { topLeft: a, bottomRight: c, topRight: b, bottomLeft: d } = code.position
  // a + s (c − a) = b + u (d − b)
  const den = (c.x - a.x) * (d.y - b.y) - (c.y - a.y) * (d.x - b.x)
  const s = ((b.x - a.x) * (d.y - b.y) - (b.y - a.y) * (d.x - b.x)) / den
  return {
    centre: { x: clip.x + a.x + s * (c.x - a.x), y: clip.y + a.y + s * (c.y - a.y) },
    text: code.text,
    sidePx: Math.hypot(b.x - a.x, b.y - a.y),
  }
}

const dist = (a: readonly number[], b: readonly number[]) =>
  Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0))
const angleDeg = (a: readonly number[], b: readonly number[]) =>
  (Math.acos(
    Math.min(1, (a[0] ?? 0) * (b[0] ?? 0) + (a[1] ?? 0) * (b[1] ?? 0) + (a[2] ?? 0) * (b[2] ?? 0)),
  ) *
    180) /
  Math.PI

async function savedLabel(page: Page) {
  const res = await page.request.get(`/api/products/${PRODUCT}`)
  expect(res.status()).toBe(200)
  return LabelPoseSchema.nullable().parse((await res.json()).product.label)
}

describe('label position in the studio, end to end', { timeout: 120_000 }, () => {
  it('an author clicks the label on the model, sets its printed size and saves its pose', async () => {
    const { page, problems, close } = await openGuardedPage(browser, server.url)
    try {
      await signIn(page, `/studio/products/${PRODUCT}`)
      const panel = page.getByRole('form', { name: 'Label position' })
      await panel.waitFor()

      // Start from no label: the catalog import set one, the author removes it (a retried run
      // may find it removed already).
      await panel.getByRole('heading', { name: 'Label position' }).waitFor()
      if (await savedLabel(page)) {
        await panel.getByRole('button', { name: 'Remove label position' }).click()
        await panel.getByText('Label position removed.').waitFor()
      }
      expect(await savedLabel(page)).toBeNull()

      // Look at the printer's right side and come closer, as an author would to find the label.
      await panel.getByRole('button', { name: 'Right', exact: true }).click()
      const canvas = page.getByTestId('label-view').locator('canvas')
      await canvas.scrollIntoViewIfNeeded()
      const box = await canvas.boundingBox()
      if (!box) throw new Error('the 3D view has no box')
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
      await page.mouse.wheel(0, -1400)
      await page.waitForTimeout(300)
      // Found from afar, then zoomed into under the pointer for a precise click.
      const far = await findSymbol(page)
      await page.mouse.move(far.centre.x, far.centre.y)
      await page.mouse.wheel(0, -400)
      await page.waitForTimeout(300)

      const symbol = await findSymbol(page)
      expect(symbol.text).toBe(`https://fixpoint.example/p/${PRODUCT}`)
      await page.mouse.move(symbol.centre.x, symbol.centre.y)
      await page.mouse.down()
      await page.mouse.up()
      await panel
        .getByText('Label placed where you clicked. Check the outline, then save.')
        .waitFor()

      // A size out of range is refused with words, then the real one is entered and saved.
      const size = panel.getByLabel('Printed QR size (mm)')
      await size.fill('5')
      await panel.getByRole('button', { name: 'Save label position' }).click()
      await panel.getByText('Enter a printed size from 10 to 300 mm.').waitFor()
      expect(await savedLabel(page)).toBeNull()
      await size.fill(String(TRUTH.sizeMm))
      await panel.getByRole('button', { name: 'Save label position' }).click()
      await panel.getByText('Saved.').waitFor()

      const saved = await savedLabel(page)
      if (!saved) throw new Error('no label saved')
      const centreMm = dist(saved.center, TRUTH.center) * 1000
      const normalDeg = angleDeg(saved.normal, TRUTH.normal)
      const upDeg = angleDeg(saved.up, TRUTH.up)
      console.log(
        `label clicked at ${JSON.stringify(symbol.centre)} (symbol ${symbol.sidePx.toFixed(0)} px): saved centre ${JSON.stringify(saved.center)}, truth ${JSON.stringify(TRUTH.center)}: centre off by ${centreMm.toFixed(2)} mm, normal ${normalDeg.toFixed(3)}°, up ${upDeg.toFixed(3)}°`,
      )
      expect(centreMm).toBeLessThan(1)
      expect(normalDeg).toBeLessThan(1)
      expect(upDeg).toBeLessThan(1)
      expect(saved.sizeMm).toBe(TRUTH.sizeMm)
      expect(problems.filter((p) => !expected.test(p))).toEqual([])
    } finally {
      await close()
    }
  })
})
