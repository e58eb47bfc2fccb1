import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin, type ProxyOptions } from 'vite'

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

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Read by scripts/check-bundle.mjs for the per-route size budget.
    manifest: true,
    // three.js alone is ~745 kB minified; it loads only on 3D and AR screens, never on the first page.
    chunkSizeWarningLimit: 800,
  },
  plugins: [trimEmulatorChunks(), react()],
  // @iwer/sem ships its own copy of three; two copies break instanceof checks and double the bundle.
  resolve: { dedupe: ['three'] },
  server: { proxy },
  preview: { proxy },
})
