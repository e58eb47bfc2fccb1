import sharp from 'sharp'
import { describe, expect } from 'vitest'
import { appTest } from '../helpers/app-fixture'
import { customerInQuestAr } from '../helpers/ar-customer'
import { seriousViolationsIn } from '../helpers/axe'
import { openGuardedPage } from '../helpers/browser'
import { PHONE_PAGE, startPhoneAr, TAP } from '../helpers/phone-ar'
import { loadedImages, photo, recordVideo } from '../helpers/step-media'
import { touchScreen } from '../helpers/touch-screen'
import { press, targetOf } from '../helpers/xr-input'

/**
 * Step photos and videos from the studio to the customer: an author uploads two photos (one with a
 * marked region) and a video to the router's first step, describes them and publishes; the
 * customer's 3D guide on a 390 px phone (DPR 3) and the emulated phone's AR overlay show them, the
 * pictures really decoded and at the width a phone of that size and density should load. A TIFF
 * and a program named photo.jpg are refused with the server's reason, and the step keeps its media.
 */
const ADMIN = { ADMIN_EMAIL: 'media@example.com', ADMIN_PASSWORD: 'media-e2e-password' }
const test = appTest.override('serverEnv', { scope: 'file' }, ADMIN)
const PHONE_390 = {
  device: {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    hasTouch: true,
    isMobile: true,
  },
}
const ALTS = ['The router’s label, serial number marked', 'The reset hole beside the power socket']
// The studio's refused uploads answer 413/415, and the signed-out `me` 401, by contract; Chromium
// logs each one anyway.
const expected = [
  /status of 41[35] .*\/api\/studio\/procedures\/factory-reset\/media\)$/,
  /status of 401 .*\/api\/auth\/me\)$/,
]

describe('step media', { timeout: 180_000 }, () => {
  test('an author adds two photos and a video; bad files are refused and nothing is lost', async ({
    server,
    browser,
  }) => {
    const { page, problems, close } = await openGuardedPage(browser, server.url)
    try {
      await page.goto('/studio/procedures/factory-reset')
      await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
      await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('heading', { name: 'Step 1', exact: true }).waitFor()
      const input = page.getByLabel('Add photos or videos')
      await input.setInputFiles([
        { name: 'label.jpg', mimeType: 'image/jpeg', buffer: await photo(2400, 1600, 40, 'jpeg') },
        { name: 'reset.png', mimeType: 'image/png', buffer: await photo(1500, 1000, 200, 'png') },
      ])
      // Progress is shown while the files go up and the server resizes them.
      await page.getByRole('progressbar').first().waitFor()
      await page.getByLabel('Photo 2: what it shows (alt text)').waitFor({ timeout: 30_000 })
      // Without descriptions the step cannot be published.
      await page.getByText(/problems? to fix before it can be published/).waitFor()
      await page.getByLabel('Photo 1: what it shows (alt text)').fill(ALTS[0] ?? '')
      await page.getByLabel('Photo 2: what it shows (alt text)').fill(ALTS[1] ?? '')
      // Mark a region on photo 1: a drag over its middle.
      const surface = page.getByRole('img', { name: 'Photo 1: drag to mark a region' })
      // In the middle of the window: the editor's sticky toolbar covers its top.
      await surface.evaluate((el) => el.scrollIntoView({ block: 'center' }))
      const box = await surface.boundingBox()
      if (!box) throw new Error('photo 1 is not on screen')
      await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.3)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5)
      await page.mouse.move(box.x + box.width * 0.75, box.y + box.height * 0.7)
      await page.mouse.up()
      await page.getByText(/^Marked: (49|50|51)% × (39|40|41)% at/).waitFor()

      // Photo 2's region by keyboard, in numbers.
      await page.getByText('Photo 2: mark by numbers').click()
      await page.getByLabel('Left (%)').nth(1).fill('60')
      await page.getByLabel('Width (%)').nth(1).fill('30')
      await page.getByText(/^Marked: 30% × 50% at 60%, 25%/).waitFor()

      await input.setInputFiles({
        name: 'reset.webm',
        mimeType: 'video/webm',
        buffer: await recordVideo(page),
      })
      await page.getByLabel('Video 3: caption').fill('Hold the reset button for ten seconds')

      // A 30 MB TIFF and a program named photo.jpg: refused with the reason, the step unchanged.
      const tiff = await sharp({
        create: { width: 3200, height: 3200, channels: 3, background: '#808080' },
      })
        .tiff({ compression: 'none' })
        .toBuffer()
      expect(tiff.byteLength).toBeGreaterThan(30_000_000)
      const elf = Buffer.alloc(64 * 1024)
      elf.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])
      await input.setInputFiles([
        { name: 'scan.tiff', mimeType: 'image/tiff', buffer: tiff },
        { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: elf },
      ])
      const alerts = page.getByRole('alert')
      await alerts
        .filter({ hasText: 'scan.tiff was not added: TIFF pictures are not accepted' })
        .waitFor({ timeout: 60_000 })
      await alerts.filter({ hasText: 'photo.jpg was not added: This file is a program' }).waitFor()
      expect(await page.getByLabel('Photo 1: what it shows (alt text)').inputValue()).toBe(ALTS[0])
      expect(await page.getByLabel('Video 3: caption').inputValue()).toBe(
        'Hold the reset button for ten seconds',
      )
      expect(await page.getByRole('button', { name: /^Remove media \d$/ }).count()).toBe(3)

      await page.getByText('All changes saved').waitFor({ timeout: 15_000 })
      // The media field (the editor's 3D view has findings of its own, outside this change).
      expect(await seriousViolationsIn(page, ['.media-field'])).toEqual([])
      expect(await page.getByText(/problems? to fix before it can be published/).count()).toBe(0)
      await page.getByLabel('Change note').fill('Photos and a video on the first step')
      await page.getByRole('button', { name: 'Publish', exact: true }).click()
      await page.getByText(/Version \d+ published\./).waitFor()

      const published = (await (
        await fetch(`${server.url}/api/procedures/factory-reset`)
      ).json()) as {
        steps: { media: { kind: string; alt?: string; poster?: string; region?: object }[] }[]
      }
      const media = published.steps[0]?.media ?? []
      expect(media.map((m) => m.kind)).toEqual(['image', 'image', 'video'])
      expect(media[0]?.region).toBeDefined()
      expect(media[1]?.region).toEqual({ x: 0.6, y: 0.25, w: 0.3, h: 0.5 })
      expect(media[2]?.poster).toMatch(/\/poster\.jpg$/)
      expect(problems.filter((p) => !expected.some((e) => e.test(p)))).toEqual([])
    } finally {
      await close()
    }
  })

  test('the 3D guide on a 390 px phone shows them at the width it needs; a tap opens one', async ({
    server,
    browser,
  }) => {
    const { page, problems, close } = await openGuardedPage(browser, server.url, PHONE_390)
    try {
      await page.goto('/p/wavelink-ax3000')
      const card = page.getByRole('article', { name: 'Factory-reset the router' })
      await card.getByRole('button', { name: 'Start this repair' }).tap()
      await page.waitForURL(/\/repair\//)
      const list = page.getByRole('list', { name: 'Photos and videos of this step' })
      await list.scrollIntoViewIfNeeded()
      const thumbs = list.getByRole('button')
      expect(await thumbs.count()).toBe(3)
      await expect
        .poll(
          async () =>
            (await loadedImages(list)).map((i) => [i.natural > 0, i.src.replace(/^.*\//, '')]),
          { timeout: 15_000 },
        )
        // About 45% of 390 px at 3 device pixels each (~530 px): the 640 px AVIF; the video's poster.
        .toEqual([
          [true, '640.avif'],
          [true, '640.avif'],
          [true, 'poster.jpg'],
        ])
      await expect.poll(() => list.getByTestId('media-region').count()).toBe(2)
      expect(await seriousViolationsIn(page, ['main'])).toEqual([])

      await thumbs.first().tap()
      const viewer = page.getByRole('dialog', { name: ALTS[0] })
      await viewer.waitFor()
      await expect
        .poll(async () =>
          (await loadedImages(viewer)).map((i) => [i.natural > 0, i.src.replace(/^.*\//, '')]),
        )
        .toEqual([[true, '1280.avif']])
      expect(await seriousViolationsIn(page, ['dialog[open]'])).toEqual([])
      await page.keyboard.press('Escape')
      await viewer.waitFor({ state: 'hidden' })
      expect(await thumbs.first().evaluate((el) => el === document.activeElement)).toBe(true)
      // The video plays in the viewer, with its caption.
      await thumbs.nth(2).tap()
      const video = page.getByRole('dialog', { name: 'Hold the reset button for ten seconds' })
      await expect
        .poll(() => video.locator('video').evaluate((v) => (v as HTMLVideoElement).readyState))
        .toBeGreaterThan(0)
      await video.getByRole('button', { name: 'Close' }).tap()
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('the emulated phone AR overlay shows them behind "Photos (3)"', async ({
    server,
    browser,
  }) => {
    const { page, problems, close } = await openGuardedPage(browser, server.url, PHONE_PAGE)
    try {
      const overlay = await startPhoneAr(page)
      const touch = await touchScreen(page)
      await touch.tap(TAP)
      await touch.detach()
      await overlay.getByRole('button', { name: 'Lock' }).tap()
      await overlay
        .getByRole('heading', { level: 2, name: 'Photograph the label' })
        .waitFor({ timeout: 10_000 })
      expect(
        await overlay.getByRole('list', { name: 'Photos and videos of this step' }).count(),
      ).toBe(0)
      await overlay.getByRole('button', { name: 'Photos (3)' }).tap()
      const list = overlay.getByRole('list', { name: 'Photos and videos of this step' })
      await list.scrollIntoViewIfNeeded()
      await expect
        .poll(async () => (await loadedImages(list)).map((i) => i.natural > 0), { timeout: 15_000 })
        .toEqual([true, true, true])
      await overlay.getByRole('button', { name: 'Hide photos' }).tap()
      await list.waitFor({ state: 'detached' })
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })

  test('a headset shows them beside the in-scene panel on demand', async ({ server, browser }) => {
    const { page, problems, close } = await openGuardedPage(browser, server.url)
    try {
      await customerInQuestAr(page)
      expect(await targetOf(page, 'step-media')).toBeNull()
      await press(page, 'photos')
      // The plane is made only once its picture has loaded.
      await expect.poll(() => targetOf(page, 'step-media'), { timeout: 15_000 }).not.toBeNull()
      const picture = (await targetOf(page, 'step-media')) as [number, number, number]
      const next = (await targetOf(page, 'button:next')) as [number, number, number]
      expect(picture[0]).toBeLessThan(next[0] - 0.2)
      await press(page, 'next-photo')
      await expect.poll(() => targetOf(page, 'button:close-photos')).not.toBeNull()
      await press(page, 'close-photos')
      await expect.poll(() => targetOf(page, 'step-media')).toBeNull()
      expect(await targetOf(page, 'button:photos')).not.toBeNull()
      expect(problems).toEqual([])
    } finally {
      await close()
    }
  })
})
