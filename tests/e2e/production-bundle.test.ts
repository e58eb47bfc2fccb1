import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildIsStale, root } from '../../scripts/build-state'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { startAppServer } from '../helpers/e2e-server'

/**
 * What counts as a test hook of ours: a `__`-prefixed name that our own web code uses (the
 * `window.__fixpoint…` handles, and whatever is added later under another name), or anything with
 * our `__fixpoint` prefix. Libraries' own `__` internals (three's `__webglTexture` and
 * `window.__THREE__`, zod's `globalThis.__zod_globalConfig`, React's `__reactInternal…`) never
 * appear in web/, so they do not count, and no list of them has to be kept.
 */
function ourHookNames(): Set<string> {
  const names = new Set(['__fixpoint'])
  const sources = readdirSync(join(root, 'web'), { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name),
  )
  for (const e of sources) {
    const text = readFileSync(join(e.parentPath, e.name), 'utf8')
    for (const [name] of text.matchAll(/\b__[A-Za-z][\w$]*/g)) names.add(name)
  }
  return names
}

// The production build (dist/), whatever DIST_DIR the rest of the e2e tier serves.
describe('the production build', () => {
  it('carries no test hooks in its JavaScript', () => {
    // A stale build would judge other code than the tree's: build first, as `npm test` does.
    expect(buildIsStale('dist'), 'dist/ must be rebuilt: npx vite build').toBeNull()
    const names = ourHookNames()
    // The scan must find the hooks our sources define (not only the prefix), or it could not fail.
    expect(names.size).toBeGreaterThan(1)
    const files = readdirSync(join(root, 'dist'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.m?js$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
    expect(files.length).toBeGreaterThan(0)
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8')
      const hooks = [...names].filter((name) => text.includes(name))
      return hooks.length > 0 ? [`${relative(root, file)}: ${hooks.join(', ')}`] : []
    })
    expect(found).toEqual([])
  })

  it("precaches the customer app's shell in its service worker, no staff screen and no emulator", () => {
    const sw = readFileSync(join(root, 'dist', 'sw.js'), 'utf8')
    const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]))
    const manifest: Record<string, { file: string }> = JSON.parse(
      readFileSync(join(root, 'dist', '.vite', 'manifest.json'), 'utf8'),
    )
    const file = (src: string) => manifest[src]?.file ?? `missing ${src}`
    for (const src of [
      'index.html',
      'customer/home-page.tsx',
      'customer/product-page.tsx',
      'customer/repair-page.tsx',
      'customer/guide/guide-3d.tsx',
      'customer/ar/ar-guide.tsx',
    ])
      expect(precached.has(file(src)), src).toBe(true)
    expect(precached.has('index.html')).toBe(true)
    expect(precached.has('xr-input-profiles/profilesList.json')).toBe(true)
    expect(precached.has('manifest.webmanifest')).toBe(true)
    for (const src of [
      'studio/studio-page.tsx',
      'studio/editor/procedure-editor-page.tsx',
      'agent/agent-page.tsx',
      'staff/login-page.tsx',
      'xr/xr-check-page.tsx',
      'xr/emulation.ts',
    ])
      expect(precached.has(file(src)), src).toBe(false)
    expect([...precached].filter((u) => /test-hook/.test(u ?? ''))).toEqual([])
  })

  // The emulator is for developers trying AR on a desktop too; only its handles are test-only.
  it('still emulates AR with ?emulate=quest3, with no handle on the window', async () => {
    const [server, browser] = await Promise.all([
      startAppServer({ DIST_DIR: 'dist' }),
      launchBrowser(),
    ])
    try {
      const { page, problems, close } = await openGuardedPage(browser, server.url)
      // Each step with its own limit, so a stuck one says which it is, well inside the test's.
      await page.goto('/xr-check?emulate=quest3', { timeout: 15_000 })
      await page.getByRole('button', { name: 'Enter AR' }).click({ timeout: 15_000 })
      await expect
        .poll(() => page.getByTestId('xr-mode').textContent({ timeout: 1000 }), { timeout: 10_000 })
        .toBe('immersive-ar')
      await page.getByTestId('hit').waitFor({ timeout: 20_000 })
      const globals = await page.evaluate(() =>
        Object.getOwnPropertyNames(window).filter((n) => n.startsWith('__fixpoint')),
      )
      expect(globals).toEqual([])
      await close()
      expect(problems).toEqual([])
    } finally {
      await browser.close()
      await server.stop()
    }
  })
})
