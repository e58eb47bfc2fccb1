/**
 * Customer cold start in real Chromium on a throttled phone: 4× CPU slowdown and the Lighthouse
 * "slow 4G" network (1.6 Mbps down, 750 kbps up, 150 ms latency), a fresh browser context (empty
 * cache) per run, the built app from dist/ as `npm start` serves it.
 *
 * What is timed (page clock, from navigation start, `performance.now()`):
 * - deep link → first step card: a customer scans the printed QR (`/p/<product>?sn=…`), taps
 *   "Start this repair" on the first guide the moment it is painted, and the first step card's
 *   title is painted. The tap comes from the page itself as soon as the button has been painted;
 *   the few ms between paint and tap are taken off, so the figure holds no think or robot time.
 * - reopen → first step card: the same customer opening `/repair/<session>` again (a reload, or a
 *   link back into the repair), the token in this tab's sessionStorage as the app keeps it.
 * - home ready: `/` until the product list is painted (the scan panel has no camera here).
 * "Painted" is the first animation frame after the element is in the DOM and laid out.
 *
 * Initial JS per customer route: the JavaScript the browser requested before that route was
 * ready (Resource Timing, page clock), both as the bytes that crossed the wire (encodedBodySize)
 * and gzipped (each file gzipped here, as scripts/check-bundle.mjs and the budget count it).
 */
import { gzipSync } from 'node:zlib'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { median } from './load'

const RUNS = 5
export const PRODUCT = 'wavelink-ax3000'
const TARGET_MS = 2500
const JS_BUDGET = 150 * 1024
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: 1.6e6 / 8,
  uploadThroughput: 750e3 / 8,
}

/** Runs in the page before any app code: marks when each milestone is first painted. */
function watchMilestones(opts: { tap: boolean; token: [string, string] | null }) {
  if (opts.token) sessionStorage.setItem(opts.token[0], opts.token[1])
  type Marks = Record<string, number>
  const w = window as unknown as { __coldStart: Marks }
  const marks: Marks = {}
  w.__coldStart = marks
  const pending = new Set<string>()
  const painted = (name: string, el: Element, then?: () => void) => {
    if (name in marks || pending.has(name)) return
    pending.add(name)
    requestAnimationFrame(() => {
      pending.delete(name)
      if (!el.isConnected || el.getBoundingClientRect().height === 0) return
      marks[name] = performance.now()
      then?.()
    })
  }
  const check = () => {
    const card = document.querySelector('h2.step-title')
    if (card?.textContent) painted('stepCard', card)
    const link = document.querySelector('.list-link')
    if (link) painted('homeReady', link)
    const start = [...document.querySelectorAll('article button')].find(
      (b) => b.textContent === 'Start this repair' && !(b as HTMLButtonElement).disabled,
    ) as HTMLButtonElement | undefined
    if (start && opts.tap)
      painted('productReady', start, () => {
        marks.tap = performance.now()
        start.click()
      })
  }
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  })
}

type Run = { marks: Record<string, number>; scripts: { url: string; end: number; wire: number }[] }
type Throttled = { page: Page; problems: string[] }
type Marks = { __coldStart?: Record<string, number> }

/**
 * A fresh context (empty cache, no service worker yet) with a throttled phone's CPU and network;
 * `serviceWorkers: 'block'` keeps the app's service worker from registering at all.
 */
export async function throttled(
  browser: Browser,
  url: string,
  opts: { tap?: boolean; token?: [string, string]; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Throttled> {
  const context = await browser.newContext({
    baseURL: url,
    viewport: { width: 412, height: 823 },
    serviceWorkers: opts.serviceWorkers ?? 'allow',
  })
  const page = await context.newPage()
  const cdp: CDPSession = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text())
  })
  // Run standalone, tsx keeps function names with a `__name` helper that the serialized
  // function below still calls in the page.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  await page.addInitScript(watchMilestones, { tap: opts.tap ?? false, token: opts.token ?? null })
  return { page, problems }
}

/**
 * Opens `path` and waits for milestone `until`; the marks and the scripts the page fetched.
 * `then` runs on the page before it closes (to wait for more, say).
 */
export async function measure(
  { page, problems }: Throttled,
  path: string,
  until: string,
  then?: (page: Page) => Promise<void>,
): Promise<Run> {
  try {
    await page.goto(path, { waitUntil: 'commit' })
    await page
      .waitForFunction((m) => (window as Marks).__coldStart?.[m] != null, until, {
        timeout: 30_000,
        polling: 100,
      })
      .catch(async (err: unknown) => {
        const seen = await page.evaluate(() => ({
          marks: (window as Marks).__coldStart,
          text: document.body.innerText.slice(0, 300),
        }))
        throw new Error(`${path}: no ${until} (${JSON.stringify(seen)}; ${problems.join('; ')})`, {
          cause: err,
        })
      })
    const run = await page.evaluate(() => ({
      marks: (window as Marks).__coldStart ?? {},
      scripts: performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).pathname.endsWith('.js'))
        .map((e) => ({ url: e.name, end: e.responseEnd, wire: e.encodedBodySize })),
    }))
    await then?.(page)
    if (problems.length > 0) throw new Error(`${path}: ${problems.join('\n')}`)
    return run
  } finally {
    await page.context().close()
  }
}

/** The scripts fetched by `at` (page clock): bytes on the wire, and gzip bytes of each file. */
async function jsBefore(run: Run, at: number, gz: (url: string) => Promise<number>) {
  const before = run.scripts.filter((s) => s.end <= at)
  let wire = 0
  let gzip = 0
  for (const s of before) {
    wire += s.wire
    gzip += await gz(s.url)
  }
  return { wire, gzip, files: before.length }
}

export async function newSession(url: string) {
  const { product } = (await (await fetch(`${url}/api/products/${PRODUCT}`)).json()) as {
    product: { procedures: { id: string }[] }
  }
  const procedureId = product.procedures[0]?.id
  if (!procedureId) throw new Error(`${PRODUCT} has no published procedure`)
  const res = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedureId, mode: 'inline' }),
  })
  if (res.status !== 201 && res.status !== 200) throw new Error(`POST /api/sessions: ${res.status}`)
  return (await res.json()) as { id: string; token: string }
}

/** A dist/ built before the build precompressed its files would be measured uncompressed. */
export async function expectCompressedBuild(url: string) {
  const html = await (await fetch(url)).text()
  const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
  if (!entry) throw new Error('no entry script in index.html')
  const res = await fetch(`${url}${entry}`, { headers: { 'accept-encoding': 'gzip' } })
  await res.arrayBuffer()
  if (res.headers.get('content-encoding') !== 'gzip')
    throw new Error('dist/ serves its scripts uncompressed: rebuild it (npm run build) first')
}

/** Customer cold start on a throttled phone, and initial JS per customer route. */
export async function coldStartBench() {
  let server: AppServer | undefined
  let browser: Browser | undefined
  try {
    ;[server, browser] = await Promise.all([startAppServer({ LOG_REQUESTS: '0' }), launchBrowser()])
    const base = server.url
    await expectCompressedBuild(base)
    const gzCache = new Map<string, number>()
    const gz = async (url: string) => {
      const known = gzCache.get(url)
      if (known != null) return known
      const body = Buffer.from(await (await fetch(url)).arrayBuffer())
      const n = gzipSync(body).length
      gzCache.set(url, n)
      return n
    }
    const deep: number[] = []
    const toProduct: number[] = []
    const tapToCard: number[] = []
    const reopen: number[] = []
    const home: number[] = []
    const js: Record<string, { wire: number[]; gzip: number[] }> = {
      '/': { wire: [], gzip: [] },
      '/p/:id': { wire: [], gzip: [] },
      '/repair/:session': { wire: [], gzip: [] },
      'deep link to card': { wire: [], gzip: [] },
    }
    const add = (route: string, v: { wire: number; gzip: number }) => {
      js[route]?.wire.push(v.wire)
      js[route]?.gzip.push(v.gzip)
    }
    for (let i = 0; i < RUNS; i++) {
      const d = await measure(
        await throttled(browser, base, { tap: true }),
        `/p/${PRODUCT}?sn=WLAX3-BENCH`,
        'stepCard',
      )
      const { productReady = Number.NaN, tap = Number.NaN, stepCard = Number.NaN } = d.marks
      const total = stepCard - (tap - productReady)
      deep.push(total)
      toProduct.push(productReady)
      tapToCard.push(stepCard - tap)
      add('/p/:id', await jsBefore(d, productReady, gz))
      add('deep link to card', await jsBefore(d, stepCard, gz))

      const s = await newSession(base)
      const r = await measure(
        await throttled(browser, base, { token: [`fixpoint.session.${s.id}`, s.token] }),
        `/repair/${s.id}`,
        'stepCard',
      )
      reopen.push(r.marks.stepCard ?? Number.NaN)
      add('/repair/:session', await jsBefore(r, r.marks.stepCard ?? Number.NaN, gz))

      const h = await measure(await throttled(browser, base), '/', 'homeReady')
      home.push(h.marks.homeReady ?? Number.NaN)
      add('/', await jsBefore(h, h.marks.homeReady ?? Number.NaN, gz))

      const kb = (route: string) => `${((js[route]?.gzip.at(-1) ?? 0) / 1024).toFixed(1)} KiB`
      console.log(
        `  run ${i + 1}: deep link → card ${total.toFixed(0)} ms (page ${productReady.toFixed(0)}, ` +
          `tap → card ${(stepCard - tap).toFixed(0)}) | reopen → card ${reopen.at(-1)?.toFixed(0)} ms | ` +
          `home ${home.at(-1)?.toFixed(0)} ms | JS gzip / ${kb('/')}, /p ${kb('/p/:id')}, ` +
          `/repair ${kb('/repair/:session')}, deep link ${kb('deep link to card')}`,
      )
    }
    const figures: Record<string, number> = {
      'deep link → first step card ms': median(deep),
      'deep link → product page ms': median(toProduct),
      'tap Start → first step card ms': median(tapToCard),
      'reopen /repair → first step card ms': median(reopen),
      'home → product list ms': median(home),
    }
    for (const [route, v] of Object.entries(js)) {
      figures[`initial JS gzip ${route} bytes`] = median(v.gzip)
      figures[`initial JS on the wire ${route} bytes`] = median(v.wire)
    }
    const routes = ['/', '/p/:id', '/repair/:session']
    const jsOk = routes.every((r) => median(js[r]?.gzip ?? []) <= JS_BUDGET)
    return {
      name: 'customer cold start (4× CPU, slow 4G, empty cache)',
      method: `Real headless Chromium on the production build served as \`npm start\` serves it, 4× CPU slowdown and Lighthouse's slow 4G (1.6 Mbps down, 750 kbps up, 150 ms), a fresh browser context (empty cache) per run, ${RUNS} runs, medians. Times on the page's clock from navigation start to the first animation frame after the element is laid out: deep link (\`/p/<product>?sn=…\`) → tap "Start this repair" the moment it is painted (the tap's own few ms taken off) → first step card; reopening \`/repair/<session>\` → first step card; \`/\` → product list. Initial JS per route from Resource Timing: bytes on the wire and each file gzipped.`,
      figures,
      target: `deep link → first step card ≤ ${TARGET_MS} ms; initial JS per customer route ≤ 150 KiB gzip`,
      met: median(deep) <= TARGET_MS && jsOk,
    }
  } finally {
    await browser?.close()
    await server?.stop()
  }
}
