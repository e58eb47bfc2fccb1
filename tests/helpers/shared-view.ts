import type { Locator, Page } from 'playwright-core'
import { readFrameCode } from '../../web/call/frame-code'
import { headsetAt, type Vec3 } from './label-truth'
import { touchScreen } from './touch-screen'
import type { CameraTruth } from './xr-camera-access'
import { lookAt, panelText, press, pullTrigger, targetOf } from './xr-input'

/**
 * The shared-view scenario used by the e2e test and the benchmark: a router placed by hand on the
 * emulated room's table, and the harness's camera seeing the table top with an orange disc lying
 * on it at a known point. The agent finds the disc in the video they receive, never through the
 * customer's projection.
 */

export const ADMIN = { ADMIN_EMAIL: 'agent@example.com', ADMIN_PASSWORD: 'agent-password-1' }
export const FAKE_MEDIA = ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']

/** The top of the office_small room's table (its TABLE plane), metres. */
export const TABLE_Y = 0.7483
/**
 * The disc: on the table top, 10 cm across (wider than the app's marker, which is drawn over it),
 * an orange no part of the app draws.
 */
export const DISC: Vec3 = [0.3, TABLE_Y, -0.5]
const DISC_RGB: Vec3 = [0.95, 0.35, 0.05]
/** Where the twin goes (placed by hand), away from the disc. */
export const TWIN_AIM: Vec3 = [-0.45, TABLE_Y, -0.75]

/**
 * The camera's truth: the table top is the label's plane (the label itself lies far off, out of
 * every view here), the disc on it. A 360-pixel camera image, the size of the view.
 */
export function sharedViewTruth(): CameraTruth {
  // Label frame: +x along the table's x, +y along −z (away from the room's middle), +z up.
  const labelAt: Vec3 = [-3, TABLE_Y, -3]
  return {
    worldFromLabel: [1, 0, 0, 0, 0, 0, -1, 0, 0, 1, 0, 0, labelAt[0], labelAt[1], labelAt[2], 1],
    text: 'https://fixpoint.example/not-a-product',
    sideM: 0.03,
    cameraHeight: 360,
    discs: [{ centre: DISC, normal: [0, 1, 0], radiusM: 0.05, rgb: DISC_RGB }],
  }
}

/** The headset above the near edge of the table, looking down at the disc from about 55 cm. */
export const VIEW_A: Vec3 = [0.28, 1.15, -0.12]
/** Half a step to the left and lower, looking past the disc: it moves across the picture. */
export const VIEW_B: Vec3 = [0.05, 1.05, -0.2]
export const VIEW_B_TARGET: Vec3 = [DISC[0] - 0.12, DISC[1], DISC[2] - 0.1]

/**
 * Waits until `check` holds, polling every 100 ms (no vitest here: the benchmark runs these too);
 * throws naming `what` after `ms`.
 */
export async function until(what: string, check: () => Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 100))
  }
  if (await check()) return
  throw new Error(`timed out after ${ms} ms waiting for ${what}`)
}

/** Waits until the headset panel shows `text`. */
export async function panelShows(page: Page, text: string, ms = 10_000) {
  await until(
    `"${text}" on the panel`,
    async () => (await panelText(page)).includes(text),
    ms,
  ).catch(async (err: unknown) => {
    throw new Error(
      `${err instanceof Error ? err.message : err}; it shows: ${await panelText(page)}`,
    )
  })
}

/**
 * Presses the panel's button `id` once the panel holds still: at the start of a session it takes
 * its place in front of the viewer a few frames after its text shows.
 */
export async function pressWhenStill(page: Page, id: string) {
  let last: number[] | null = null
  await until(`the panel's ${id} button holding still`, async () => {
    const at = await targetOf(page, `button:${id}`)
    const still =
      at !== null && last !== null && Math.hypot(...at.map((v, i) => v - (last?.[i] ?? 0))) < 1e-3
    last = at
    if (!still) await page.waitForTimeout(200)
    return still
  })
  await press(page, id)
}

/** Signs the agent in and waits for a queue with nobody waiting (an earlier call may be open). */
export async function agentSignsIn(agent: Page) {
  await agent.goto('/agent')
  await agent.waitForURL(/\/login/)
  await agent.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
  await agent.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
  await agent.getByRole('button', { name: 'Sign in' }).click()
  await agent.getByRole('heading', { name: 'Queue (0 waiting)' }).waitFor()
}

/**
 * The customer on an emulated Quest 3 (one view, 480 × 360): the repair started, the twin placed
 * by hand away from the disc and locked. With camera access (the harness installed) the label
 * alignment starts first and is set aside for placing by hand.
 */
export async function customerInAr(page: Page, { cameraAccess }: { cameraAccess: boolean }) {
  await page.setViewportSize({ width: 480, height: 360 })
  await page.goto('/p/wavelink-ax3000?emulate=quest3')
  const card = page.getByRole('article', { name: 'Factory-reset the router' })
  await card.getByRole('button', { name: 'Start this repair' }).click()
  await page.waitForURL(/\/repair\//)
  await page.evaluate(() => {
    const device = window.__fixpointXR?.device
    if (device) device.stereoEnabled = false
  })
  await page.getByRole('button', { name: 'Start AR' }).click()
  if (cameraAccess) {
    // The label is nowhere in view: place the twin by hand.
    await panelShows(page, 'Point your camera at the QR label')
    await pressWhenStill(page, 'by-hand')
  }
  await panelShows(page, 'pull the trigger')
  await lookAt(page, 'controller-right', TWIN_AIM)
  await until(
    'a hit-test surface',
    async () => (await page.evaluate(() => window.__fixpointAR?.values().surface)) === 'hit-test',
  )
  await pullTrigger(page)
  await panelShows(page, 'Then lock it')
  await press(page, 'lock')
  await panelShows(page, 'Step 1 of')
}

/**
 * Makes the page's getUserMedia refuse any camera, as a headset that does not offer its camera
 * to web pages in AR (call before `page.goto`); the microphone still works.
 */
export async function withoutCamera(page: Page) {
  await page.addInitScript(() => {
    const devices = navigator.mediaDevices
    const original = devices.getUserMedia.bind(devices)
    devices.getUserMedia = (constraints) =>
      constraints?.video
        ? Promise.reject(new DOMException('Requested device not found', 'NotFoundError'))
        : original(constraints)
  })
}

/** A phone held upright: the emulated phone's portrait screen, touch input. */
export const PHONE = { viewport: { width: 320, height: 568 }, hasTouch: true, isMobile: true }
/** Where the phone is held to place the product, looking at the table's left half. */
const PHONE_PLACING: [Vec3, Vec3] = [
  [0.06, 1.3, 0.3],
  [0.06, 0.76, -0.5],
]
/** A point of the screen over the table top, clear of the overlay's cards (CSS pixels). */
const PHONE_TAP: [number, number] = [55, 330]
/** Then held to the right of it, looking down at the disc. */
export const PHONE_AT_DISC: Vec3 = [0.45, 1.25, 0.05]
/**
 * Where that phone looks: the table a little short of the disc, so the disc shows in the upper
 * half of the screen, above the step card that covers the lower half, as a customer holds it.
 */
export const PHONE_LOOKS_AT: Vec3 = [0.374, TABLE_Y, -0.23]

/**
 * The customer on an emulated phone (`?emulate=phone`) with camera access, all through the DOM
 * overlay: the repair started, the label alignment set aside, the product placed by a tap on the
 * table and locked. Resolves with the overlay.
 */
export async function customerInPhoneAr(page: Page) {
  await page.goto('/p/wavelink-ax3000?emulate=phone')
  const card = page.getByRole('article', { name: 'Factory-reset the router' })
  await card.getByRole('button', { name: 'Start this repair' }).tap()
  await page.waitForURL(/\/repair\//)
  await page.getByRole('button', { name: 'Start AR' }).tap()
  await until('the AR session', () =>
    page.evaluate(() => window.__fixpointXR?.device.activeSession != null),
  )
  await headsetAt(page, ...PHONE_PLACING)
  const overlay = page.getByLabel('Follow the steps in AR')
  await overlay.getByRole('button', { name: 'Place it by hand instead' }).tap()
  await overlay.getByText('Tap to put the 3D product on the surface').waitFor()
  const touch = await touchScreen(page)
  await touch.tap(PHONE_TAP)
  await overlay.getByRole('button', { name: 'Lock' }).tap({ timeout: 10_000 })
  await overlay.getByText('Step 1 of', { exact: false }).waitFor()
  return overlay
}

/** Where a colour shows in the agent's video, found in its pixels. */
export type Found = {
  /** Pixels of that colour. */
  count: number
  /** Their centroid, picture coordinates 0..1 (x right, y down). */
  u: number
  v: number
  /** Frames the video element has decoded so far. */
  decoded: number
  /** The picture's size (0 × 0: the element had no picture at that moment). */
  size: string
}

export type Colour = 'disc' | 'accent' | 'backdrop'

/**
 * Draws the agent's <video> as it is on screen into a canvas and finds the pixels of `colour`:
 * the disc's orange, the app's cyan accent (the customer's marker, drawn into their view), or the
 * dark backdrop the AR view is composed on without a camera image;
 * only within `near` (a centre and a radius, picture coordinates) when given.
 */
export function findInVideo(
  agent: Page,
  colour: Colour,
  near?: { u: number; v: number; radius: number },
): Promise<Found> {
  return agent.evaluate(
    ([which, around]) => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]')
      if (!video?.videoWidth) return { count: 0, u: 0, v: 0, decoded: 0, size: '0×0' }
      const w = video.videoWidth
      const h = video.videoHeight
      const canvas = document.createElement('canvas')
      canvas.width = w
      canvas.height = h
      const ctx = canvas.getContext('2d', { willReadFrequently: true })
      if (!ctx) throw new Error('no 2D context')
      ctx.drawImage(video, 0, 0, w, h)
      const { data } = ctx.getImageData(0, 0, w, h)
      let count = 0
      let sx = 0
      let sy = 0
      for (let i = 0; i < w * h; i++) {
        const r = data[i * 4] ?? 0
        const g = data[i * 4 + 1] ?? 0
        const b = data[i * 4 + 2] ?? 0
        const hit =
          which === 'disc'
            ? r > 170 && g < 140 && b < 90 && r - g > 90
            : which === 'accent'
              ? r < 100 && g > 150 && b > 170 && b - r > 100
              : // The composer's backdrop where there is no camera image: rgb(41, 43, 48).
                Math.abs(r - 41) < 14 && Math.abs(g - 43) < 14 && Math.abs(b - 48) < 14
        if (!hit) continue
        const x = (i % w) + 0.5
        const y = Math.floor(i / w) + 0.5
        if (around && Math.hypot(x / w - around.u, y / h - around.v) > around.radius) continue
        count += 1
        sx += x
        sy += y
      }
      const decoded = video.getVideoPlaybackQuality().totalVideoFrames
      const size = `${w}×${h}`
      return count
        ? { count, u: sx / count / w, v: sy / count / h, decoded, size }
        : { count, u: 0, v: 0, decoded, size }
    },
    [colour, near] as const,
  )
}

/** A part of the picture, 0..1 of its width and height (x right, y down). */
export type PictureRect = { u0: number; v0: number; u1: number; v1: number }

/** Where `locator`'s element is on the customer's screen, as a part of the picture, and its colours. */
export async function onScreen(
  locator: Locator,
): Promise<PictureRect & { background: string; colour: string }> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const style = getComputedStyle(el)
    return {
      u0: r.left / window.innerWidth,
      v0: r.top / window.innerHeight,
      u1: r.right / window.innerWidth,
      v1: r.bottom / window.innerHeight,
      background: style.backgroundColor,
      colour: style.color,
    }
  })
}

/** `rgb(r, g, b)` or `rgba(r, g, b, a)` as numbers. */
export function rgbOf(css: string): [number, number, number] {
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css)
  if (!m) throw new Error(`not an rgb colour: ${css}`)
  return [Number(m[1]), Number(m[2]), Number(m[3])]
}

/**
 * The share of the agent's video pixels inside `rect` (shrunk by `inset` on each side, as a part
 * of its size) within `tolerance` of `rgb` on every channel: read from the received video.
 */
export function shareOfColour(
  agent: Page,
  rect: PictureRect,
  rgb: [number, number, number],
  tolerance = 32,
  inset = 0.1,
): Promise<number> {
  return agent.evaluate(
    ([r, c, tol, ins]) => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="remote-video"]')
      if (!video?.videoWidth) return 0
      const w = video.videoWidth
      const h = video.videoHeight
      const canvas = document.createElement('canvas')
      canvas.width = w
      canvas.height = h
      const ctx = canvas.getContext('2d', { willReadFrequently: true })
      if (!ctx) throw new Error('no 2D context')
      ctx.drawImage(video, 0, 0, w, h)
      const du = (r.u1 - r.u0) * ins
      const dv = (r.v1 - r.v0) * ins
      const x0 = Math.max(0, Math.round((r.u0 + du) * w))
      const x1 = Math.min(w, Math.round((r.u1 - du) * w))
      const y0 = Math.max(0, Math.round((r.v0 + dv) * h))
      const y1 = Math.min(h, Math.round((r.v1 - dv) * h))
      if (x1 <= x0 || y1 <= y0) return 0
      const { data } = ctx.getImageData(x0, y0, x1 - x0, y1 - y0)
      let near = 0
      for (let i = 0; i < data.length; i += 4)
        if (
          Math.abs((data[i] ?? 0) - c[0]) <= tol &&
          Math.abs((data[i + 1] ?? 0) - c[1]) <= tol &&
          Math.abs((data[i + 2] ?? 0) - c[2]) <= tol
        )
          near += 1
      return near / (data.length / 4)
    },
    [rect, rgb, tolerance, inset] as const,
  )
}

/**
 * The frame number a picture on the agent's page carries in its corner, read from its pixels with
 * the same reader the agent's page uses: `selector` is the live <video> or a <canvas> at the
 * picture's size. Null when no code is there.
 */
export async function frameCodeIn(agent: Page, selector: string): Promise<number | null> {
  const picture = await agent.evaluate((sel) => {
    const el = document.querySelector(sel)
    const w =
      el instanceof HTMLVideoElement
        ? el.videoWidth
        : el instanceof HTMLCanvasElement
          ? el.width
          : 0
    const h =
      el instanceof HTMLVideoElement
        ? el.videoHeight
        : el instanceof HTMLCanvasElement
          ? el.height
          : 0
    if (!el || !w || !h) return null
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d', { willReadFrequently: true })
    if (!ctx || !(el instanceof HTMLVideoElement || el instanceof HTMLCanvasElement)) return null
    ctx.drawImage(el, 0, 0)
    const { data } = ctx.getImageData(0, 0, w, h)
    const luminance = new Array<number>(w * h)
    for (let i = 0; i < w * h; i++)
      luminance[i] =
        0.299 * (data[i * 4] ?? 0) + 0.587 * (data[i * 4 + 1] ?? 0) + 0.114 * (data[i * 4 + 2] ?? 0)
    return { w, h, luminance }
  }, selector)
  if (!picture) throw new Error(`no picture in ${selector}`)
  const { w, h, luminance } = picture
  return readFrameCode(
    (x, y) => luminance[Math.min(h - 1, Math.round(y)) * w + Math.min(w - 1, Math.round(x))] ?? 0,
    h,
  )
}

/**
 * Clicks the agent's video at picture coordinates (u, v): where that point of the picture is on
 * the screen, the picture fitted into the element (a phone's upright picture is letterboxed).
 */
export async function clickVideo(agent: Page, u: number, v: number) {
  const video = agent.getByTestId('remote-video')
  await video.scrollIntoViewIfNeeded()
  const box = await video.boundingBox()
  if (!box) throw new Error('no video box')
  const [vw, vh] = await video.evaluate((el: HTMLVideoElement) => [el.videoWidth, el.videoHeight])
  const scale = Math.min(box.width / (vw || box.width), box.height / (vh || box.height))
  const w = (vw || box.width) * scale
  const h = (vh || box.height) * scale
  await agent.mouse.click(box.x + (box.width - w) / 2 + u * w, box.y + (box.height - h) / 2 + v * h)
}

/** The customer's markers as drawn (an anchored one once its anchor has a pose), world metres. */
export async function markers(page: Page): Promise<Record<string, Vec3>> {
  const drawn = await page.evaluate(() => window.__fixpointAR?.matrices() ?? {})
  return Object.fromEntries(
    Object.entries(drawn)
      .filter(([name]) => name.startsWith('marker:'))
      .map(([name, m]) => [name, [m[12] ?? 0, m[13] ?? 0, m[14] ?? 0] as Vec3]),
  )
}

export const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])
