/**
 * Step photos on a phone: bytes a 390 px wide phone at 3 device pixels per CSS pixel (an iPhone
 * 12–15's screen) loads per step photo, against the photo the author uploaded.
 *
 * Method: the built app (dist/) as `npm start` serves it on the embedded database. Three synthetic
 * 12 MP camera photos (4032 × 3024 JPEG at quality 90: 400 overlapping shapes under sensor grain, made with sharp)
 * are uploaded to the router's first step through the studio's route, described and published.
 * A fresh Chromium context (390 × 844, DPR 3, empty cache) opens the 3D guide; once every
 * thumbnail has decoded (naturalWidth > 0), the bytes of each `/api/media/` response are read
 * from Resource Timing (`encodedBodySize`: the body as it crossed the wire). Then the first photo
 * is opened large and the bytes of that file are read the same way. The browser chooses the files
 * itself from `srcset`/`sizes` and `<source type>`; the figures name what it chose.
 * Also timed: the server's processing per upload (decode, 3 widths × AVIF/WebP/JPEG, store).
 */
import sharp from 'sharp'
import { launchBrowser } from '../helpers/browser'
import { startAppServer } from '../helpers/e2e-server'
import type { Bench } from './list'
import { median } from './load'

const ADMIN = { ADMIN_EMAIL: 'bench@example.com', ADMIN_PASSWORD: 'bench-media-password' }
const PHOTOS = 3

/**
 * A camera-like 12 MP photo: a few hundred overlapping shapes with edges at every scale (what a
 * downscale keeps, unlike pure noise) under fine sensor grain, as a quality-90 JPEG.
 */
async function cameraPhoto(seed: number) {
  let x = seed * 7919 + 1
  const rand = () => {
    x = (x * 16807) % 2147483647
    return x / 2147483647
  }
  const shapes = Array.from({ length: 400 }, () => {
    const [cx, cy, r] = [rand() * 4032, rand() * 3024, 20 + rand() * 400]
    const fill = `hsl(${Math.round(rand() * 360)} ${Math.round(30 + rand() * 50)}% ${Math.round(20 + rand() * 60)}%)`
    return rand() < 0.5
      ? `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" opacity="0.8"/>`
      : `<rect x="${cx}" y="${cy}" width="${r * 1.5}" height="${r}" fill="${fill}" transform="rotate(${Math.round(rand() * 90)} ${cx} ${cy})"/>`
  })
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4032" height="3024"><rect width="4032" height="3024" fill="#8a8f96"/>${shapes.join('')}</svg>`
  const grain = await sharp({
    create: {
      width: 4032,
      height: 3024,
      channels: 3,
      background: '#000',
      noise: { type: 'gaussian', mean: 128, sigma: 12 },
    },
  })
    .png()
    .toBuffer()
  return sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: 'overlay' }])
    .jpeg({ quality: 90 })
    .toBuffer()
}

export async function stepMediaBench(): Promise<Bench> {
  const server = await startAppServer(ADMIN)
  const browser = await launchBrowser()
  try {
    const jar = new Map<string, string>()
    const call = async (method: string, path: string, body?: BodyInit, type?: string) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        body,
        headers: {
          cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
          'x-csrf-token': jar.get('fp_csrf') ?? '',
          ...(type ? { 'content-type': type } : {}),
        },
      })
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';')
        const [k, ...v] = (pair ?? '').split('=')
        if (k) jar.set(k, v.join('='))
      }
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
      return res.json() as Promise<Record<string, unknown>>
    }
    const json = (v: unknown) => JSON.stringify(v)
    await call(
      'POST',
      '/api/auth/login',
      json({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
      'application/json',
    )
    const originals: number[] = []
    const processing: number[] = []
    const media: Record<string, unknown>[] = []
    for (let i = 0; i < PHOTOS; i++) {
      const bytes = await cameraPhoto(i)
      originals.push(bytes.byteLength)
      const began = performance.now()
      const up = await call(
        'POST',
        '/api/studio/procedures/factory-reset/media',
        new Uint8Array(bytes),
        'image/jpeg',
      )
      processing.push((performance.now() - began) / 1000)
      media.push({ ...(up.media as object), alt: `Photo ${i + 1} of the router` })
    }
    const v1 = await call('GET', '/api/studio/procedures/factory-reset/versions/1')
    const doc = v1.procedure as { steps: Record<string, unknown>[] }
    const [first, ...rest] = doc.steps
    const draft = { ...doc, steps: [{ ...first, media }, ...rest] }
    const studio = await call('GET', '/api/studio/procedures/factory-reset')
    const saved = await call(
      'PUT',
      '/api/studio/procedures/factory-reset/draft',
      json({ draft, baseRevision: studio.revision }),
      'application/json',
    )
    await call(
      'POST',
      '/api/studio/procedures/factory-reset/publish',
      json({ changeNote: 'bench photos', baseRevision: saved.revision }),
      'application/json',
    )

    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
      baseURL: server.url,
    })
    const page = await context.newPage()
    await page.goto('/p/wavelink-ax3000')
    await page
      .getByRole('article', { name: 'Factory-reset the router' })
      .getByRole('button', { name: 'Start this repair' })
      .tap()
    const list = page.getByRole('list', { name: 'Photos and videos of this step' })
    await list.scrollIntoViewIfNeeded()
    await page.waitForFunction(
      (n) => {
        const imgs = [...document.querySelectorAll<HTMLImageElement>('.step-media-list img')]
        return imgs.length === n && imgs.every((i) => i.complete && i.naturalWidth > 0)
      },
      PHOTOS,
      { timeout: 30_000 },
    )
    const served = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.includes('/api/media/'))
          .map((e) => {
            const r = e as PerformanceResourceTiming
            return {
              file: r.name.replace(/^.*\/api\/media\/[^/]+\//, ''),
              bytes: r.encodedBodySize,
            }
          }),
      )
    const thumbs = await served()
    await list.getByRole('button').first().tap()
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('dialog[open] img')
      return img?.complete === true && img.naturalWidth > 0
    })
    const large = (await served()).slice(thumbs.length)
    await context.close()
    const originalMedian = median(originals)
    const thumbMedian = median(thumbs.map((t) => t.bytes))
    const largeBytes = large.reduce((s, l) => s + l.bytes, 0)
    const thumbWidth = Number(thumbs[0]?.file.split('.')[0])
    const largeWidth = Number(large[0]?.file.split('.')[0])
    const thumbShare = thumbMedian / originalMedian
    const largeShare = largeBytes / originalMedian
    return {
      name: 'step photos on a phone',
      method: `${PHOTOS} synthetic 12 MP JPEG photos (shapes under grain, quality 90) uploaded and published on a step; fresh Chromium at 390 × 844 CSS px, DPR 3; bytes per /api/media/ response from Resource Timing (encodedBodySize) once every thumbnail decoded, then after opening one large. The browser chose ${thumbs[0]?.file ?? '?'} for thumbnails and ${large[0]?.file ?? '?'} large. Server processing: wall time of the upload request.`,
      figures: {
        'original photo (bytes, median)': originalMedian,
        'thumbnail served (bytes, median)': thumbMedian,
        'thumbnail width chosen (px)': thumbWidth,
        'photo opened large (bytes)': largeBytes,
        'large width chosen (px)': largeWidth,
        'thumbnail / original (%)': thumbShare * 100,
        'large / original (%)': largeShare * 100,
        'server processing per upload (s, median)': median(processing),
      },
      target: 'a thumbnail ≤ 3% and a photo opened large ≤ 10% of the original’s bytes',
      met: thumbShare <= 0.03 && largeShare <= 0.1,
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
