import type { Locator, Page } from 'playwright-core'
import sharp from 'sharp'

/** A photo made here, not a fixture: smooth colour under grain, as JPEG or PNG. */
export async function photo(width: number, height: number, hue: number, format: 'jpeg' | 'png') {
  const img = sharp({
    create: {
      width,
      height,
      channels: 3,
      background: { r: hue, g: 255 - hue, b: 128 },
      noise: { type: 'gaussian', mean: 120, sigma: 30 },
    },
  }).blur(3)
  return (format === 'jpeg' ? img.jpeg({ quality: 90 }) : img.png()).toBuffer()
}

/** A one-second WebM recorded from an animated canvas by the page's own MediaRecorder. */
export async function recordVideo(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const canvas = document.createElement('canvas')
    canvas.width = 160
    canvas.height = 120
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2D context')
    const rec = new MediaRecorder(canvas.captureStream(15), { mimeType: 'video/webm' })
    const chunks: Blob[] = []
    rec.ondataavailable = (e) => chunks.push(e.data)
    let frame = 0
    const draw = setInterval(() => {
      ctx.fillStyle = `hsl(${(frame++ * 30) % 360} 80% 50%)`
      ctx.fillRect(0, 0, 160, 120)
    }, 50)
    const stopped = new Promise((resolve) => {
      rec.onstop = resolve
    })
    rec.start(200)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    rec.stop()
    await stopped
    clearInterval(draw)
    return [...new Uint8Array(await new Blob(chunks).arrayBuffer())]
  })
  return Buffer.from(bytes)
}

/** What each `<img>` in `scope` shows: decoded width and the file the browser chose. */
export async function loadedImages(scope: Locator) {
  return scope.locator('img').evaluateAll((imgs) =>
    imgs.map((el) => {
      const img = el as HTMLImageElement
      return { natural: img.complete ? img.naturalWidth : 0, src: img.currentSrc }
    }),
  )
}
