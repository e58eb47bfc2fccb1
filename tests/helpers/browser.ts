import { existsSync } from 'node:fs'
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core'

export const CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * Headless Debian Chromium, offline and quiet: no background or component traffic, software GL
 * (SwiftShader) for WebGL, and WebXR switched off so the emulated runtime (IWER) is the only one.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-blink-features=WebXR',
]

/**
 * Launches the system Chromium; a missing browser is an error, never a skipped test. `extraArgs`
 * adds flags for this browser only (a fake camera, say).
 */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}; the browser tests need it. ` +
        'Install it with: sudo apt-get install chromium (or run: node scripts/ensure-chromium.mjs)',
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    headless: true,
  })
}

/** The warnings of web/api/realtime-socket.ts that mean a message did not parse, either way. */
const REALTIME_BREACH =
  /^A realtime message (is not JSON|was not understood)|refused a realtime message \((invalid_message|malformed_json)\)/

export type GuardedPage = {
  page: Page
  context: BrowserContext
  /** Requests to other hosts, console errors and uncaught page errors, in order. */
  problems: string[]
  /** Every script the page loaded from the app, with its source, for asserting on bundles. */
  scripts: Map<string, string>
  close: () => Promise<void>
}

/**
 * A page on the app at `appUrl` that records everything a test must fail on: any request to
 * another origin (aborted, so nothing leaves the machine), any console error, any page error.
 * Assert `problems` is empty after each test. `device` sets the context's viewport and input (a
 * phone's touch screen, say).
 */
export async function openGuardedPage(
  browser: Browser,
  appUrl: string,
  options: {
    injectsTestScripts?: boolean
    selfSignedHttps?: boolean
    /** Other origins this page may reach (a test's own OpenID provider, say). */
    allowOrigins?: string[]
    device?: Pick<
      BrowserContextOptions,
      'viewport' | 'hasTouch' | 'isMobile' | 'deviceScaleFactor' | 'locale'
    >
    /** The browser's language (navigator.languages, Accept-Language); Playwright's default is en-US. */
    locale?: string
  } = {},
): Promise<GuardedPage> {
  const origin = new URL(appUrl).origin
  // A test that injects its own tooling (axe, a loader probe) as an inline script needs the app's
  // CSP set aside for that page; the app's own code never does.
  const context = await browser.newContext({
    ...options.device,
    ...(options.locale ? { locale: options.locale } : {}),
    baseURL: origin,
    bypassCSP: options.injectsTestScripts ?? false,
    // A server started with HTTPS=1 has a self-signed certificate, as on a shop's LAN.
    ignoreHTTPSErrors: options.selfSignedHttps ?? false,
  })
  const page = await context.newPage()
  const problems: string[] = []
  const scripts = new Map<string, string>()

  await context.route('**/*', async (route) => {
    const url = route.request().url()
    const to = new URL(url).origin
    if (to === origin || options.allowOrigins?.includes(to)) return route.continue()
    problems.push(`request to another host: ${route.request().method()} ${url}`)
    return route.abort('blockedbyclient')
  })
  await context.routeWebSocket(
    (url) => url.origin.replace(/^ws/, 'http') !== origin,
    (ws) => {
      problems.push(`WebSocket to another host: ${ws.url()}`)
      return ws.close()
    },
  )
  page.on('console', (msg) => {
    // A realtime message one side could not parse breaks the contract (server/domain/realtime.ts);
    // the page only warns and goes on, so the test says it.
    const breach = msg.type() === 'warning' && REALTIME_BREACH.test(msg.text())
    if (msg.type() !== 'error' && !breach) return
    const where = msg.location().url
    problems.push(`console error: ${msg.text()}${where ? ` (${where})` : ''}`)
  })
  page.on('pageerror', (err) => problems.push(`page error: ${err.stack ?? err.message}`))
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script' || new URL(res.url()).origin !== origin) return
    scripts.set(res.url(), await res.text().catch(() => ''))
  })

  return { page, context, problems, scripts, close: () => context.close() }
}
