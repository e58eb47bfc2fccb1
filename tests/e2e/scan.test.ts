import { rmSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Browser } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type GuardedPage, launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { writeFakeCamera } from '../helpers/fake-camera'

const ESPRESSO_LABEL = 'https://fixpoint.example/p/espresso-one'
const UNKNOWN_LABEL = 'https://example.org/p/not-a-product-we-sell'

let server: AppServer
const browsers: Browser[] = []
const cameraDirs: string[] = []
let guarded: GuardedPage | undefined
let espressoCamera: Browser
let unknownCamera: Browser
let refusedCamera: Browser

/** A browser whose camera shows `label`, or one that refuses camera permission when `null`. */
async function browserWithCamera(label: string | null): Promise<Browser> {
  let args = ['--use-fake-device-for-media-stream', '--deny-permission-prompts']
  if (label !== null) {
    const camera = writeFakeCamera({ text: label, width: 1280, height: 720 })
    cameraDirs.push(camera.dir)
    args = camera.args
  }
  const browser = await launchBrowser(args)
  browsers.push(browser)
  return browser
}

/** Records, in the page, every camera stream it opens, so a test can see whether it was stopped. */
const TRACK_STREAMS = () => {
  const streams: MediaStream[] = []
  Reflect.set(window, '__streams', streams)
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    const stream = await original(constraints)
    streams.push(stream)
    return stream
  }
}

beforeAll(async () => {
  ;[server, espressoCamera, unknownCamera, refusedCamera] = await Promise.all([
    startAppServer(),
    browserWithCamera(ESPRESSO_LABEL),
    browserWithCamera(UNKNOWN_LABEL),
    browserWithCamera(null),
  ])
})
afterAll(async () => {
  await Promise.all(browsers.map((b) => b.close()))
  await server?.stop()
  for (const dir of cameraDirs) rmSync(dir, { recursive: true, force: true })
})
afterEach(async () => {
  const problems = guarded?.problems ?? []
  await guarded?.close()
  guarded = undefined
  expect(problems).toEqual([])
})

describe('scanning a product code on /', () => {
  it('a tilted label in the camera shows its product; See repairs opens it; leaving stops the camera', async () => {
    guarded = await openGuardedPage(espressoCamera, server.url)
    const { page, context } = guarded
    const requests: string[] = []
    context.on('request', (r) => requests.push(r.url()))
    await page.addInitScript(TRACK_STREAMS)
    await page.goto('/')
    await page.getByRole('list').getByRole('link').first().waitFor()

    // The fake UI grants the camera, so the permission is already there and scanning starts itself.
    const card = page.getByRole('article').filter({ hasText: 'We found your product' })
    await card
      .getByRole('heading', { name: 'Crema One espresso machine' })
      .waitFor({ timeout: 20_000 })
    await card.getByText('CR-100').waitFor()
    await page
      .getByRole('status')
      .getByText('Found: Crema One espresso machine by Crema.')
      .waitFor()
    const wasm = requests.filter((u) => u.endsWith('.wasm'))
    expect(wasm.length).toBeGreaterThan(0)
    for (const u of wasm) expect(new URL(u).origin).toBe(server.url)

    const live = () =>
      page.evaluate(
        () =>
          (Reflect.get(window, '__streams') as MediaStream[])
            .flatMap((s) => s.getTracks())
            .filter((t) => t.readyState === 'live').length,
      )
    expect(await live()).toBe(1)
    await card.getByRole('link', { name: 'See repairs' }).click()
    await page.waitForURL(/\/p\/espresso-one$/)
    await page.getByRole('heading', { level: 1, name: 'Crema One espresso machine' }).waitFor()
    expect(await live()).toBe(0)
  })

  it('an unknown code says so and offers the search', async () => {
    guarded = await openGuardedPage(unknownCamera, server.url)
    const { page } = guarded
    await page.goto('/')
    await page
      .getByRole('heading', { name: 'We do not know this code' })
      .waitFor({ timeout: 20_000 })
    await page.getByText(UNKNOWN_LABEL, { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Search for your product' }).click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('type')))
      .toBe('search')
    await page.getByLabel('Search products').fill('printwell')
    await page.getByRole('link', { name: /Printwell P200/ }).waitFor()
    // The contract answers an unknown code with 404, which Chromium logs as a failed resource.
    const expected404 = /status of 404 .*\/api\/lookup\?code=/
    guarded.problems.splice(0, Infinity, ...guarded.problems.filter((p) => !expected404.test(p)))
  })

  it('/ loads no 3D or zxing code up front; a refused camera says how to allow it again', async () => {
    guarded = await openGuardedPage(refusedCamera, server.url)
    const { page, scripts, context } = guarded
    const requests: string[] = []
    context.on('request', (r) => requests.push(r.url()))
    await page.goto('/')
    await page.getByRole('list').getByRole('link').first().waitFor()

    // What / costs before the camera starts: no three.js, no zxing (permission not yet given).
    const initial = [...scripts]
    const gzip = initial.reduce((n, [, src]) => n + gzipSync(src).length, 0)
    console.log(`initial JS for /: ${initial.length} scripts, ${(gzip / 1024).toFixed(1)} kB gzip`)
    expect(initial.filter(([, src]) => /THREE\.\w+:/.test(src)).map(([u]) => u)).toEqual([])
    expect(initial.filter(([, src]) => src.includes('readBarcodesFromPixmap'))).toEqual([])
    expect(gzip).toBeLessThan(120 * 1024)

    await page.getByRole('button', { name: 'Scan the code on your product' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Camera access is blocked' })
    await alert.getByText('set Camera to Allow', { exact: false }).waitFor()
    await page.getByRole('button', { name: 'Try again' }).waitFor()
    // No camera, no reader: the zxing worker and its wasm were never fetched.
    expect(requests.filter((u) => /zxing|\.wasm$/.test(u))).toEqual([])
    await page.getByLabel('Search products').fill('crema')
    await page.getByRole('link', { name: /Crema One/ }).waitFor()
  })
})
