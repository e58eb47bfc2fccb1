import { test as base, expect } from 'vitest'
import { launchBrowser, openGuardedPage } from './browser'
import { startAppServer } from './e2e-server'

type PageOptions = NonNullable<Parameters<typeof openGuardedPage>[2]>

/**
 * The e2e tier's fixture: the built app's server and headless Chromium, started once per file,
 * and per test a guarded page on them that fails the test on a request to another host, a
 * console error or a page error. `pageOptions` shapes the page (a phone's touch screen and
 * portrait viewport, say): set it with `appTest.override('pageOptions', …)`; `serverEnv` (an
 * admin to sign in with, say) and `browserArgs` (a fake camera) are set once per file with
 * `appTest.override('serverEnv', { scope: 'file' }, …)`.
 */
export const appTest = base
  .extend<'serverEnv', Record<string, string>>('serverEnv', { scope: 'file' }, {})
  .extend<'browserArgs', string[]>('browserArgs', { scope: 'file' }, [])
  .extend('server', { scope: 'file' }, async ({ serverEnv }, { onCleanup }) => {
    const server = await startAppServer(serverEnv)
    onCleanup(() => server.stop())
    return server
  })
  .extend('browser', { scope: 'file' }, async ({ browserArgs }, { onCleanup }) => {
    const browser = await launchBrowser(browserArgs)
    onCleanup(() => browser.close())
    return browser
  })
  .extend<'pageOptions', PageOptions>('pageOptions', {})
  .extend('guarded', async ({ server, browser, pageOptions }, { onCleanup }) => {
    const guarded = await openGuardedPage(browser, server.url, pageOptions)
    onCleanup(async () => {
      const { problems } = guarded
      await guarded.close()
      expect(problems).toEqual([])
    })
    return guarded
  })
