import { readdirSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip as gzipCompress } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { customerPrecache } from './scripts/pwa-precache.ts'
import { compileCatalog } from './web/i18n/compile.ts'

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '8787'}`

// The API, its WebSocket and the catalog's files live on the Hono server; the dev and preview servers
// forward them so the browser only ever talks to one origin. The source folder web/api/ is served at
// /api/*.ts in dev too, so module requests (a .ts or .tsx path) stay with Vite.
const proxy: Record<string, ProxyOptions> = {
  '^/api/(?!.*\\.tsx?(?:[?#]|$))': { target: apiTarget, ws: true },
  '/models': { target: apiTarget },
}

/**
 * Fixpoint installs its WebXR emulator itself (web/xr/emulation.ts, one bundled room). Two
 * dynamic imports in dependencies would otherwise add ~9 MB of unused chunks to dist/: the
 * pmndrs store's own emulator (with an older @iwer/sem and every room capture), which
 * `emulate: false` never loads, and @iwer/sem's registry of all five rooms for
 * `loadDefaultEnvironment`, which we never call. Both are replaced by stubs that fail loudly.
 */
function trimEmulatorChunks(): Plugin {
  const stubs: Record<string, string> = {
    '\0fixpoint-pmndrs-emulate':
      "export function emulate() { throw new Error('Use web/xr/emulation.ts: the XR store never emulates by itself.') }",
    '\0fixpoint-sem-registry': 'export const Environments = {}',
  }
  return {
    name: 'fixpoint:trim-emulator-chunks',
    enforce: 'pre',
    resolveId(source, importer) {
      const from = importer?.replaceAll('\\', '/') ?? ''
      if (source === './emulate.js' && from.includes('/@pmndrs/xr/dist/'))
        return '\0fixpoint-pmndrs-emulate'
      if (source === './registry.js' && from.includes('/@iwer/sem/lib/src/'))
        return '\0fixpoint-sem-registry'
      return null
    },
    load(id) {
      return stubs[id] ?? null
    },
  }
}

/** A catalog file: `web/i18n/en-<area>.ts` or `web/i18n/<lang>/<area>.ts` (not the index). */
const CATALOG_FILE = /\/web\/i18n\/(?:en-[\w-]+|[a-z]{2}\/(?!index\.)[\w-]+)\.ts$/

/**
 * The UI's messages compiled at build time (and in the dev server): each catalog file's ICU text
 * becomes the compact form t() formats (web/i18n/compile.ts), so no ICU parser ships to the
 * browser (~9 kB gzip on every first page). A catalog file is data only (`export const deCore =
 * { … }`); after TypeScript is stripped it is evaluated here as it is and written back compiled.
 * A message t() could not format fails the build, naming it.
 */
function precompiledMessages(): Plugin {
  return {
    name: 'fixpoint:precompiled-messages',
    async transform(code, id) {
      const file = id.split('?')[0]?.replaceAll('\\', '/') ?? ''
      if (!CATALOG_FILE.test(file)) return null
      if (/^\s*import\s/m.test(code))
        throw new Error(`${file}: a message catalog must not import code`)
      const data = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
      const catalogs = (await import(data)) as Record<string, Record<string, unknown>>
      const out = Object.entries(catalogs).map(([name, catalog]) => {
        const texts: Record<string, string> = {}
        for (const [key, text] of Object.entries(catalog)) {
          if (typeof text !== 'string') throw new Error(`${file}: ${key} is not a string`)
          texts[key] = text
        }
        return `export const ${name} = ${JSON.stringify(compileCatalog(texts, file))}`
      })
      return { code: `${out.join('\n')}\n`, map: null }
    },
  }
}

/**
 * Writes `.br` and `.gz` beside every compressible file of the build, served by server/static.ts
 * to browsers that accept them. On a phone network the bytes are the cold start: three.js is
 * 740 kB as written and 190 kB gzipped, several seconds at 1.6 Mbps.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress)
  const gzip = promisify(gzipCompress)
  return {
    name: 'fixpoint:precompress',
    apply: 'build',
    async writeBundle(options) {
      const dir = options.dir
      if (!dir) return
      const files = readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile() && /\.(?:js|mjs|css|html|svg|json|wasm)$/.test(e.name))
        .map((e) => join(e.parentPath, e.name))
      // zlib's asynchronous calls run on the thread pool, all cores at once. Brotli at 9, not 11:
      // a few per cent larger (three.js 165 kB, not 151 kB) for a twentieth of the time.
      await Promise.all(
        files.map(async (file) => {
          const body = await readFile(file)
          if (body.length < 1024) return
          const [gz, br] = await Promise.all([
            gzip(body, { level: 9 }),
            brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
          ])
          await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)])
        }),
      )
    },
  }
}

/**
 * The installable app and its service worker (web/sw/sw.ts, built into sw.js beside index.html):
 * the customer app's shell precached (staff screens, the emulator and test hooks left out, see
 * scripts/pwa-precache.ts), the manifest with the design tokens' colours and the icons drawn by
 * scripts/make-icons.ts. The page registers the worker itself once idle (web/pwa/), so nothing is
 * injected into index.html; the dev server has no worker.
 */
function installableApp(outDir: string) {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'sw',
    filename: 'sw.ts',
    outDir,
    injectRegister: false,
    registerType: 'prompt',
    manifest: {
      name: 'Fixpoint — guided repair',
      short_name: 'Fixpoint',
      description: 'Repair it yourself, step by step, in augmented reality.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      orientation: 'any',
      // --color-primary and --color-bg in web/styles/tokens.css.
      theme_color: '#0b6e8a',
      background_color: '#f6f7f9',
      icons: [
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        {
          src: '/icons/maskable-192.png',
          sizes: '192x192',
          type: 'image/png',
          purpose: 'maskable',
        },
        {
          src: '/icons/maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    injectManifest: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,wasm,webmanifest}'],
      // The plugin adds the web manifest and its icons itself.
      globIgnores: ['.vite/**', 'sw.js', 'manifest.webmanifest', 'icons/**'],
      // three.js (0.75 MB) and the zxing decoder (0.95 MB) are part of the customer's guide.
      maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      manifestTransforms: [customerPrecache(outDir)],
    },
    devOptions: { enabled: false },
  })
}

/**
 * `vite build` makes the production app in dist/. `vite build --mode test` makes the same app with
 * its test hooks (the `window.__fixpoint…` handles that end-to-end tests and benches read) in
 * dist-test/, which the e2e tier serves. The hooks sit behind `import.meta.env.TEST_HOOKS`, a
 * constant here, so the production build drops them as dead code (tests/e2e/production-bundle.test.ts
 * checks). The dev server has them too, for a developer's console.
 */
export default defineConfig(({ mode }) => {
  const outDir = fileURLToPath(new URL(mode === 'test' ? './dist-test' : './dist', import.meta.url))
  return {
    root: fileURLToPath(new URL('./web', import.meta.url)),
    define: {
      'import.meta.env.TEST_HOOKS': JSON.stringify(mode === 'test' || mode === 'development'),
    },
    build: {
      outDir,
      emptyOutDir: true,
      // Read by scripts/check-bundle.mjs for the per-route budget of JS before the first paint.
      manifest: true,
      // three.js alone is ~745 kB minified; it loads only on 3D and AR screens, never on the first page.
      chunkSizeWarningLimit: 800,
    },
    // The test build is served on loopback only: compressing it would add time to every `npm test`.
    plugins: [
      trimEmulatorChunks(),
      precompiledMessages(),
      react(),
      installableApp(outDir),
      mode === 'test' ? null : precompress(),
    ],
    // @iwer/sem ships its own copy of three; two copies break instanceof checks and double the bundle.
    resolve: { dedupe: ['three'] },
    server: { proxy },
    preview: { proxy },
  }
})
