import type { Locator, Page } from 'playwright-core'

/** Where picture coordinates (0..1) of the frozen frame are on the page (object-fit: contain). */
async function onPicture(canvas: Locator, [u, v]: [number, number]) {
  const { box, width, height } = await canvas.evaluate((c: HTMLCanvasElement) => {
    const r = c.getBoundingClientRect()
    return {
      box: { x: r.left, y: r.top, w: r.width, h: r.height },
      width: c.width,
      height: c.height,
    }
  })
  const scale = Math.min(box.w / width, box.h / height)
  const w = width * scale
  const h = height * scale
  return { x: box.x + (box.w - w) / 2 + u * w, y: box.y + (box.h - h) / 2 + v * h }
}

/** Drags the mouse along picture coordinates of a canvas. */
export async function drag(page: Page, canvas: Locator, path: [number, number][]) {
  // The tools sit below the picture: choosing one may have scrolled part of it away.
  await canvas.scrollIntoViewIfNeeded()
  const points = await Promise.all(path.map((p) => onPicture(canvas, p)))
  const [first, ...rest] = points
  if (!first) return
  await page.mouse.move(first.x, first.y)
  await page.mouse.down()
  for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 8 })
  await page.mouse.up()
}

/** A part of a picture: [x0, y0, x1, y1] as fractions of its width and height. */
export type Region = [number, number, number, number]

/**
 * Counts pixels of the shown image by colour, in the whole picture and in regions given as
 * [x0, y0, x1, y1] fractions: the marks' magenta and yellow, and the fake camera's green.
 */
export function pixelCounts(img: HTMLImageElement, regions: Record<string, Region>) {
  const c = document.createElement('canvas')
  c.width = img.naturalWidth
  c.height = img.naturalHeight
  const ctx = c.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  ctx.drawImage(img, 0, 0)
  const d = ctx.getImageData(0, 0, c.width, c.height).data
  const kinds = {
    magenta: (r: number, g: number, b: number) => r > 200 && g < 110 && b > 150,
    yellow: (r: number, g: number, b: number) => r > 200 && g > 170 && b < 110,
    green: (r: number, g: number, b: number) => g > 90 && r < 90 && b < 90,
  }
  const counts: Record<string, Record<string, number>> = {}
  for (const name of ['all', ...Object.keys(regions)])
    counts[name] = { magenta: 0, yellow: 0, green: 0, total: 0 }
  for (let y = 0; y < c.height; y++)
    for (let x = 0; x < c.width; x++) {
      const i = (y * c.width + x) * 4
      const [r, g, b] = [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0]
      const u = x / c.width
      const v = y / c.height
      for (const [name, region] of [['all', [0, 0, 1, 1]], ...Object.entries(regions)] as [
        string,
        Region,
      ][]) {
        if (u < region[0] || v < region[1] || u > region[2] || v > region[3]) continue
        const bucket = counts[name] as Record<string, number>
        bucket.total = (bucket.total ?? 0) + 1
        for (const [kind, test] of Object.entries(kinds))
          if (test(r, g, b)) bucket[kind] = (bucket[kind] ?? 0) + 1
      }
    }
  return { width: c.width, height: c.height, counts }
}
