import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { copyOfTemplate } from '../helpers/data-template'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { ensurePoppler, pdfText, rasterizePdf } from '../helpers/poppler'
import { spawnServer } from '../helpers/server'

const ADMIN = { ADMIN_EMAIL: 'author@example.com', ADMIN_PASSWORD: 'labels-e2e-password' }
const PUBLIC_URL = 'https://repair.example.com'
const LOOPBACK_URL = 'http://localhost:8787'
const PRODUCT = 'espresso-one'
const DPI = 600
// Signed-out `me` answers 401 by contract and the app handles it; Chromium logs it anyway.
const expected = /status of 401 .*\/api\/auth\/me\)$/

const StudioProductBody = z.object({
  product: z.object({
    name: z.string(),
    modelNumber: z.string(),
    label: z.object({ sizeMm: z.number() }).nullish(),
  }),
})

// The test servers are plain http on 127.0.0.1: an https PUBLIC_URL must not make cookies Secure.
const COMMON = { ...ADMIN, SECURE_COOKIES: '0', LOG_REQUESTS: '0' }

let browser: Browser
let work: string
const servers: { stop: () => Promise<unknown> }[] = []
beforeAll(async () => {
  ensurePoppler()
  work = mkdtempSync(join(tmpdir(), 'fixpoint-labels-'))
  const wasm = readFileSync(
    createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
  )
  prepareZXingModule({
    overrides: {
      wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength),
    },
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map((s) => s.stop()))
  if (work) rmSync(work, { recursive: true, force: true })
})

/** A server for one test (one at a time: each imports the catalog on two shared cores). */
async function server(env: Record<string, string>): Promise<AppServer> {
  const s = await startAppServer({ ...COMMON, ...env })
  servers.push(s)
  return s
}

async function signIn(page: Page, path: string) {
  await page.goto(path)
  await page.getByLabel('Email').fill(ADMIN.ADMIN_EMAIL)
  await page.getByLabel('Password').fill(ADMIN.ADMIN_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

type Read = { text: string; sideMm: number }

/** Every QR code zxing finds on each rasterized page, with the side of its module grid in mm. */
async function readPrintedCodes(pdfFile: string): Promise<Read[]> {
  rasterizePdf(pdfFile, join(work, 'page'), DPI)
  const pages = readdirSync(work).filter((f) => /^page-\d+\.pgm$/.test(f))
  expect(pages.length).toBeGreaterThan(0)
  const reads: Read[] = []
  for (const file of pages.sort()) {
    const results = await readBarcodes(new Uint8Array(readFileSync(join(work, file))), {
      formats: ['QRCode'],
      maxNumberOfSymbols: 255,
      tryHarder: true,
    })
    for (const r of results) {
      const { topLeft, topRight, bottomRight, bottomLeft } = r.position
      const corners = [topLeft, topRight, bottomRight, bottomLeft, topLeft]
      let edges = 0
      for (let i = 0; i < 4; i++) {
        const a = corners[i]
        const b = corners[i + 1]
        if (a && b) edges += Math.hypot(b.x - a.x, b.y - a.y)
      }
      reads.push({ text: r.text, sideMm: (edges / 4 / DPI) * 25.4 })
    }
  }
  return reads
}

describe('printable labels', { timeout: 240_000 }, () => {
  it('prints codes that decode to PUBLIC_URL deep links with the serials, at the declared size', async () => {
    const guarded = await openGuardedPage(browser, (await server({ PUBLIC_URL })).url)
    try {
      const { page } = guarded
      await signIn(page, '/studio')
      await page.getByRole('link', { name: /Crema One espresso machine/ }).click()
      await page.getByRole('link', { name: 'Print labels' }).click()
      await page.waitForURL(new RegExp(`/studio/products/${PRODUCT}/labels$`))

      const res = await page.request.get(`/api/studio/products/${PRODUCT}`)
      const { product } = StudioProductBody.parse(await res.json())
      // The product's declared size when its label pose is in the studio API; otherwise the
      // sheet's own size field, set here to something other than its default.
      let sizeMm = product.label?.sizeMm
      if (sizeMm === undefined) {
        sizeMm = 40
        await page.getByLabel('QR code side (mm)').fill(String(sizeMm))
      } else {
        expect(await page.getByLabel('QR code side (mm)').count()).toBe(0)
        await page.getByText(`QR code side: ${sizeMm} mm`).waitFor()
      }
      await page.getByLabel('Paper').selectOption('a4')
      await page.getByLabel('Number of labels').fill('6')
      await page.getByLabel('First serial').fill('SN-000998')
      const serials = ['SN-000998', 'SN-000999', 'SN-001000', 'SN-001001', 'SN-001002', 'SN-001003']
      await expect
        .poll(() => page.getByRole('img', { name: /^QR code for / }).count())
        .toBe(serials.length)
      await page.getByText(`6 labels on`).waitFor()
      expect(await page.getByRole('button', { name: 'Print' }).isEnabled()).toBe(true)

      const pdfFile = join(work, 'labels.pdf')
      writeFileSync(pdfFile, await page.pdf({ format: 'A4', preferCSSPageSize: true, scale: 1 }))

      const text = pdfText(pdfFile)
      expect(text).toContain(product.name)
      expect(text).toContain(product.modelNumber)
      for (const s of serials) expect(text).toContain(s)
      // Only the sheet prints: none of the studio's controls.
      expect(text).not.toContain('Number of labels')

      const reads = await readPrintedCodes(pdfFile)
      expect(reads.map((r) => r.text).sort()).toEqual(
        serials.map((s) => `${PUBLIC_URL}/p/${PRODUCT}?sn=${s}`),
      )
      for (const r of reads) {
        expect(Math.abs(r.sideMm - sizeMm) / sizeMm, `${r.text}: ${r.sideMm} mm`).toBeLessThan(0.01)
      }
      console.log(
        `label sides at ${DPI} dpi (declared ${sizeMm} mm): ${reads.map((r) => r.sideMm.toFixed(2)).join(', ')} mm`,
      )
      expect(guarded.problems.filter((p) => !expected.test(p))).toEqual([])
    } finally {
      await guarded.close()
    }
  })

  it('without PUBLIC_URL the sheet says what to set and draws no code', async () => {
    const guarded = await openGuardedPage(browser, (await server({})).url)
    try {
      const { page } = guarded
      await signIn(page, `/studio/products/${PRODUCT}/labels`)
      const alert = page.getByRole('alert')
      await alert.getByText('Set the public address before printing labels').waitFor()
      await alert.getByText('PUBLIC_URL=').waitFor()
      expect(await alert.textContent()).toMatch(/restart the server/)
      // Still on the form: a code would have had time to appear.
      await page.getByLabel('First serial').fill('SN-000001')
      expect(await page.locator('svg[data-url], [role=img][aria-label^="QR code"]').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Print' }).count()).toBe(0)
      expect(guarded.problems.filter((p) => !expected.test(p))).toEqual([])
    } finally {
      await guarded.close()
    }
  })

  it('refuses a loopback PUBLIC_URL, saying a phone cannot open it', async () => {
    const guarded = await openGuardedPage(browser, (await server({ PUBLIC_URL: LOOPBACK_URL })).url)
    try {
      const { page } = guarded
      await signIn(page, `/studio/products/${PRODUCT}/labels`)
      const alert = page.getByRole('alert')
      await alert.getByText('This public address cannot go on a label').waitFor()
      expect(await alert.textContent()).toContain(
        `PUBLIC_URL is ${LOOPBACK_URL}, but localhost means “this computer”: a phone that scans the label would look for Fixpoint on itself and fail.`,
      )
      await page.getByLabel('First serial').fill('SN-000001')
      expect(await page.locator('svg[data-url], [role=img][aria-label^="QR code"]').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Print' }).count()).toBe(0)
      expect(guarded.problems.filter((p) => !expected.test(p))).toEqual([])
    } finally {
      await guarded.close()
    }
  })

  it('with --https and no PUBLIC_URL, offers the LAN address for a test print, by choice only', async () => {
    // startAppServer's health check would refuse the self-signed certificate; the server is
    // listening once it prints its address.
    const copy = copyOfTemplate()
    const s = await spawnServer({ ...COMMON, HTTPS: '1' }, copy ?? undefined)
    servers.push({
      stop: async () => {
        await s.stop()
        if (copy) rmSync(copy, { recursive: true, force: true })
      },
    })
    await expect.poll(() => /open https:\/\/|No LAN address found/.test(s.output())).toBe(true)
    const lan = /open (https:\/\/\S+) \(accept/.exec(s.output())?.[1]
    expect(lan, 'this machine needs a LAN address for this test').toBeTruthy()
    const guarded = await openGuardedPage(browser, s.url, { selfSignedHttps: true })
    try {
      const { page } = guarded
      await signIn(page, `/studio/products/${PRODUCT}/labels`)
      const alert = page.getByRole('alert')
      await alert.getByText('Set the public address before printing labels').waitFor()
      await page.getByLabel('Number of labels').fill('2')
      await page.getByLabel('First serial').fill('SN-000042')
      expect(await page.getByRole('img', { name: /^QR code for / }).count()).toBe(0)
      await page.getByRole('button', { name: `Use ${lan} for a test print` }).click()
      await page.getByText(`Test print: these labels open ${lan}`).waitFor()
      const codes = page.getByRole('img', { name: /^QR code for / })
      await expect.poll(() => codes.count()).toBe(2)
      expect(await codes.first().getAttribute('aria-label')).toBe(
        `QR code for ${lan}/p/${PRODUCT}?sn=SN-000042`,
      )
      expect(guarded.problems.filter((p) => !expected.test(p))).toEqual([])
    } finally {
      await guarded.close()
    }
  })
})
