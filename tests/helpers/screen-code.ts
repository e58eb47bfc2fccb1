import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { readFrameCode } from '../../web/call/frame-code'

/**
 * The frame code as the agent's screen shows it: a screenshot of the video element (what is on the
 * screen, overlays included), read where the code's blocks fall once the picture is fitted into
 * the element. Null when it cannot be read there (covered, or no video).
 */
export async function frameCodeOnScreen(agent: Page): Promise<number | null> {
  const video = agent.getByTestId('remote-video')
  await video.scrollIntoViewIfNeeded()
  const box = await video.boundingBox()
  const [vw, vh] = await video.evaluate((el: HTMLVideoElement) => [el.videoWidth, el.videoHeight])
  if (!box || !vw || !vh) return null
  const shot = PNG.sync.read(await agent.screenshot({ clip: box }))
  // The screenshot is in device pixels; the box in CSS pixels.
  const dpr = shot.width / box.width
  const scale = Math.min(box.width / vw, box.height / vh) * dpr
  const left = (shot.width - vw * scale) / 2
  const top = (shot.height - vh * scale) / 2
  const luminance = (x: number, y: number) => {
    const sx = Math.min(shot.width - 1, Math.max(0, Math.round(left + x * scale)))
    const sy = Math.min(shot.height - 1, Math.max(0, Math.round(top + y * scale)))
    const i = (sy * shot.width + sx) * 4
    return (
      0.299 * (shot.data[i] ?? 0) +
      0.587 * (shot.data[i + 1] ?? 0) +
      0.114 * (shot.data[i + 2] ?? 0)
    )
  }
  return readFrameCode(luminance, vh)
}
