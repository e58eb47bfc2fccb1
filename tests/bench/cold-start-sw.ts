/**
 * What the service worker costs a first visit: the cold-start bench's deep link → first step card
 * (tests/bench/cold-start.ts: 4× CPU, slow 4G, a fresh context with an empty cache per run, the
 * production build from dist/) with the app's service worker allowed, against the same with
 * service workers blocked in the browser context (`serviceWorkers: 'block'`: the app's
 * registration never happens). Runs alternate between the two so drift on the machine touches
 * both alike. With the worker allowed, the page is kept open after the card until the guide says
 * it is saved for offline use, which times when the worker has installed and kept the guide.
 *
 * The page's CDP throttling covers the page's own requests, not the worker's (a service worker is
 * a target of its own). The app registers the worker only once the page has loaded and no request
 * has finished for 2 s (web/pwa/start-service-worker.ts), so its precache download starts after
 * the first step card in any case; "offline ready" below shows by how much.
 */
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'
import { expectCompressedBuild, measure, PRODUCT, throttled } from './cold-start'
import { median } from './load'

const RUNS = 7
const MAX_ADDED_MS = 100
const SAVED = 'Saved on this device: this guide keeps working without a signal.'

type Variant = 'allow' | 'block'

async function deepLinkToCard(browser: Browser, base: string, sw: Variant) {
  let ready = Number.NaN
  const run = await measure(
    await throttled(browser, base, { tap: true, serviceWorkers: sw }),
    `/p/${PRODUCT}?sn=WLAX3-BENCH`,
    'stepCard',
    sw === 'allow'
      ? async (page) => {
          await page.getByText(SAVED).waitFor({ timeout: 60_000 })
          ready = await page.evaluate(() => performance.now())
        }
      : undefined,
  )
  const { productReady = Number.NaN, tap = Number.NaN, stepCard = Number.NaN } = run.marks
  return { card: stepCard - (tap - productReady), ready: ready - (tap - productReady) }
}

/** First step card with and without the service worker, and when the guide is kept offline. */
export async function coldStartServiceWorkerBench() {
  let server: AppServer | undefined
  let browser: Browser | undefined
  try {
    ;[server, browser] = await Promise.all([startAppServer({ LOG_REQUESTS: '0' }), launchBrowser()])
    await expectCompressedBuild(server.url)
    const card: Record<Variant, number[]> = { allow: [], block: [] }
    const ready: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const order: Variant[] = i % 2 === 0 ? ['allow', 'block'] : ['block', 'allow']
      for (const sw of order) {
        const r = await deepLinkToCard(browser, server.url, sw)
        card[sw].push(r.card)
        if (sw === 'allow') ready.push(r.ready)
      }
      console.log(
        `  run ${i + 1}: first step card with the worker ${card.allow.at(-1)?.toFixed(0)} ms, ` +
          `without ${card.block.at(-1)?.toFixed(0)} ms; kept for offline at ${ready.at(-1)?.toFixed(0)} ms`,
      )
    }
    const added = median(card.allow) - median(card.block)
    return {
      name: 'service worker on the first visit (cold start, 4× CPU, slow 4G)',
      method: `The cold-start bench's deep link → first step card (real headless Chromium, production build, 4× CPU, slow 4G, a fresh context with an empty cache per run; the tap's own few ms taken off), ${RUNS} runs each with the app's service worker allowed and with service workers blocked in the context, alternating, medians. "Added" is the difference of the medians. With the worker, the page then stays open until the guide says it is saved for offline use (worker installed, shell precached, session, product, procedure version and model kept): "offline ready" is that moment on the same clock. CDP throttles the page's requests, not the worker's own; the app registers the worker only after load and 2 s without a finished request.`,
      figures: {
        'deep link → first step card, with service worker ms': median(card.allow),
        'deep link → first step card, service workers blocked ms': median(card.block),
        'added by the service worker ms': added,
        'deep link → guide kept for offline ms': median(ready),
      },
      target: `the service worker adds ≤ ${MAX_ADDED_MS} ms to the first visit's first step card`,
      met: added <= MAX_ADDED_MS,
    }
  } finally {
    await browser?.close()
    await server?.stop()
  }
}
