import type { Page } from 'playwright-core'
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

/**
 * Where a point of the room (metres, `local-floor`) shows in the viewer's picture, in the agent's
 * mark coordinates (0..1, x right, y down): projected with the session's own view and projection
 * matrices, which need not be centred on the gaze (a Quest's field of view is not symmetric).
 */
export async function pictureCoordinatesOf(page: Page, point: Vec3): Promise<[number, number]> {
  return page.evaluate(async ([x, y, z]) => {
    // IWER's session, read through the standard WebXR types.
    const session = window.__fixpointXR?.device.activeSession as unknown as XRSession | undefined
    if (!session) throw new Error('No AR session')
    const space = await session.requestReferenceSpace('local-floor')
    const view = await new Promise<XRView | undefined>((resolve) =>
      session.requestAnimationFrame((_t, frame) => resolve(frame.getViewerPose(space)?.views[0])),
    )
    if (!view) throw new Error('No viewer pose')
    const apply = (m: Float32Array, v: number[]) =>
      [0, 1, 2, 3].map(
        (r) =>
          (m[r] ?? 0) * (v[0] ?? 0) +
          (m[4 + r] ?? 0) * (v[1] ?? 0) +
          (m[8 + r] ?? 0) * (v[2] ?? 0) +
          (m[12 + r] ?? 0) * (v[3] ?? 0),
      )
    const [cx, cy, , cw] = apply(
      view.projectionMatrix,
      apply(view.transform.inverse.matrix, [x, y, z, 1]),
    )
    return [((cx ?? 0) / (cw ?? 1) + 1) / 2, (1 - (cy ?? 0) / (cw ?? 1)) / 2] as [number, number]
  }, point)
}
