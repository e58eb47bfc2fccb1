import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { describe, expect } from 'vitest'
import { root } from '../../scripts/build-state'
import { appTest } from '../helpers/app-fixture'
import { openGuardedPage } from '../helpers/browser'
import { startAppServer } from '../helpers/e2e-server'
import { PHONE_PAGE } from '../helpers/phone-ar'

const test = appTest.override('pageOptions', PHONE_PAGE)

/** A small PNG of one colour, `w` × `h` px. */
function png(w: number, h: number): Buffer {
  const img = new PNG({ width: w, height: h })
  img.data.fill(200)
  return PNG.sync.write(img)
}

describe('step media offline', { timeout: 150_000 }, () => {
  // The catalog's factory reset with pictures on two of its steps, served by a server of its own
  // from a copy of models/. (Today's step schema keeps `url` and `alt` of a medium; `sources`,
  // `srcset` and `poster` are followed too where present: web/sw/rules.test.ts.)
  test('every URL a step names is kept and shown with no network', async ({ browser }) => {
    const models = mkdtempSync(join(tmpdir(), 'fixpoint-media-'))
    cpSync(join(root, 'models'), models, { recursive: true })
    const dir = join(models, 'wavelink-ax3000')
    mkdirSync(join(dir, 'media'))
    const files = {
      'label.png': [40, 30],
      'poster.png': [32, 18],
      'small.png': [16, 9],
      'large.png': [64, 36],
    }
    for (const [name, [w, h]] of Object.entries(files))
      writeFileSync(join(dir, 'media', name), png(w ?? 1, h ?? 1))
    const at = (name: string) => `/models/wavelink-ax3000/media/${name}`
    const procFile = join(dir, 'procedures', 'factory-reset.json')
    const proc = JSON.parse(readFileSync(procFile, 'utf8')) as { steps: Record<string, unknown>[] }
    proc.steps[0] = { ...proc.steps[0], media: [{ url: at('label.png'), alt: 'The label' }] }
    proc.steps[2] = {
      ...proc.steps[2],
      media: [
        { url: at('poster.png'), alt: 'The power light, off' },
        { url: at('small.png'), alt: 'The power light, on' },
        { url: at('large.png'), alt: 'The power light, close up' },
      ],
    }
    writeFileSync(procFile, JSON.stringify(proc))
    const server = await startAppServer({ MODELS_DIR: models })
    const guarded = await openGuardedPage(browser, server.url, PHONE_PAGE)
    try {
      const { page, context } = guarded
      await page.goto('/p/wavelink-ax3000')
      const card = page.getByRole('article').filter({ hasText: 'Factory-reset the router' })
      await card.getByRole('button', { name: 'Start this repair' }).click()
      await page.getByRole('heading', { level: 2, name: 'Photograph the label' }).waitFor()
      await page.getByText('Saved on this device', { exact: false }).waitFor()
      const kept = await page.evaluate(async () => {
        const keys = await (await caches.open('fixpoint-step-media')).keys()
        return keys.map((r) => new URL(r.url).pathname).sort()
      })
      expect(kept).toEqual(Object.keys(files).map(at).sort())

      // No network: each picture still loads, at its own size.
      await context.setOffline(true)
      const sizes = await page.evaluate(
        (urls) =>
          Promise.all(
            urls.map(
              (src) =>
                new Promise<string>((resolve) => {
                  const img = new Image()
                  img.onload = () => resolve(`${img.naturalWidth}x${img.naturalHeight}`)
                  img.onerror = () => resolve('failed')
                  img.src = src
                }),
            ),
          ),
        Object.keys(files).map(at),
      )
      expect(sizes).toEqual(Object.values(files).map(([w, h]) => `${w}x${h}`))
      await context.setOffline(false)
      expect(guarded.problems.filter((p) => !/net::ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([])
    } finally {
      await guarded.close()
      await server.stop()
      rmSync(models, { recursive: true, force: true })
    }
  })
})
