import type { Page } from 'playwright-core'
import { Matrix4, Vector4 } from 'three'
import { expect } from 'vitest'

type Vec3 = [number, number, number]

/** Two animation frames: enough for the XR pointers and hit tests to see a new pose. */
export const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))),
  )

/** Turns an emulated device (`controller-right`, `headset`) to face a point in the room (metres). */
export async function lookAt(page: Page, device: string, target: Vec3) {
  await page.evaluate(
    async ([name, [x, y, z]]) => {
      const remote = window.__fixpointXR?.device.remote
      await remote?.dispatch('look_at', { device: name, target: { x, y, z } })
    },
    [device, target] as const,
  )
  await twoFrames(page)
}

/**
 * Presses and releases the right trigger, each held until the session reports it: a frame in
 * software-rendered Chromium can outlast a timed click, which would then never be seen.
 */
export async function pullTrigger(page: Page) {
  await page.evaluate(async () => {
    const device = window.__fixpointXR?.device
    const session = device?.activeSession
    const trigger = device?.controllers.right
    if (!session || !trigger) throw new Error('No AR session with a right controller')
    const seen = (type: string) =>
      new Promise((resolve) => session.addEventListener(type, resolve, { once: true }))
    const started = seen('selectstart')
    trigger.updateButtonValue('trigger', 1)
    await started
    const ended = seen('selectend')
    trigger.updateButtonValue('trigger', 0)
    await ended
  })
}

/** The in-scene panel's text as drawn. */
export const panelText = (page: Page) => page.evaluate(() => window.__fixpointAR?.panelText() ?? '')

/** Where a named object of the AR scene is (`button:next`, `twin`, `marker:<id>`), or null. */
export const targetOf = (page: Page, name: string) =>
  page.evaluate((n) => window.__fixpointAR?.targets()[n] ?? null, name)

/** Points the controller at the in-scene panel's button `id` and pulls the trigger. */
export async function press(page: Page, id: string) {
  const target = await targetOf(page, `button:${id}`)
  if (!target) throw new Error(`No button "${id}" on the panel; it shows: ${await panelText(page)}`)
  await lookAt(page, 'controller-right', target)
  await pullTrigger(page)
}

/** Waits until the in-scene panel shows every one of `texts`. */
export async function expectPanel(page: Page, ...texts: string[]) {
  for (const text of texts)
    await expect.poll(() => panelText(page), { timeout: 10_000 }).toContain(text)
}

/** The viewer's single (or first) view this XR frame: its pose and projection, column-major. */
export type ViewNow = { pose: Matrix4; projection: number[] }

/**
 * The session's own first view in the next XR frame, in `local-floor` space (the room's, and the
 * app's world): the truth of where the emulated device looks, read from the emulator, not the app.
 */
export async function currentView(page: Page): Promise<ViewNow> {
  const { pose, projection } = await page.evaluate(async () => {
    // IWER's session, read through the standard WebXR types.
    const session = window.__fixpointXR?.device.activeSession as unknown as XRSession | undefined
    if (!session) throw new Error('No AR session')
    const space = await session.requestReferenceSpace('local-floor')
    const view = await new Promise<XRView | undefined>((resolve) =>
      session.requestAnimationFrame((_t, frame) => resolve(frame.getViewerPose(space)?.views[0])),
    )
    if (!view) throw new Error('No viewer pose')
    return { pose: [...view.transform.matrix], projection: [...view.projectionMatrix] }
  })
  return { pose: new Matrix4().fromArray(pose), projection }
}

/**
 * Where a point of the room (metres, `local-floor`) shows in the viewer's picture, in the agent's
 * mark coordinates (0..1, x right, y down): projected with the session's own view and projection
 * matrices, which need not be centred on the gaze (a Quest's field of view is not symmetric).
 */
export async function pictureCoordinatesOf(page: Page, point: Vec3): Promise<[number, number]> {
  const { pose, projection } = await currentView(page)
  const clip = new Vector4(...point, 1)
    .applyMatrix4(pose.clone().invert())
    .applyMatrix4(new Matrix4().fromArray(projection))
  return [(clip.x / clip.w + 1) / 2, (1 - clip.y / clip.w) / 2]
}
