import { readFileSync } from 'node:fs'
import { join } from 'node:path'

type ViteChunk = {
  file: string
  css?: string[]
  assets?: string[]
  imports?: string[]
  dynamicImports?: string[]
}
type Entry = { url: string; revision: string | null; size: number }

/**
 * Modules whose code the customer's pages never load: the staff screens (studio, agent console,
 * sign-in and account pages, the XR check), the WebXR emulator with its room capture (a demo and
 * test tool, `?emulate=`). The walk below stops at them. Test hooks are not in the production
 * build at all; the test build precaches its own, so its guide also runs offline.
 */
const NOT_CUSTOMER =
  /^(?:studio|agent|staff)\/|^xr\/(?:xr-check-page|emulation)\.ts|@iwer\/sem\/captures\//

/**
 * The build files the customer app can load: everything reachable from index.html through static
 * and dynamic imports without entering a staff screen, with their CSS and assets. Read from the
 * build manifest (`build.manifest`) in `outDir`.
 */
export function customerFiles(outDir: string): { customer: Set<string>; all: Set<string> } {
  const manifest: Record<string, ViteChunk> = JSON.parse(
    readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'),
  )
  const customer = new Set<string>()
  const seen = new Set<string>()
  const walk = (key: string) => {
    const chunk = manifest[key]
    if (
      !chunk ||
      seen.has(key) ||
      (key !== 'index.html' && NOT_CUSTOMER.test(key.replace(/^(\.\.\/)+/, '')))
    )
      return
    seen.add(key)
    for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) customer.add(f)
    for (const k of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) walk(k)
  }
  walk('index.html')
  const all = new Set<string>()
  for (const chunk of Object.values(manifest))
    for (const f of [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])]) all.add(f)
  return { customer, all }
}

/**
 * workbox `manifestTransforms`: keeps out of the precache the JS, CSS and assets that only staff
 * screens or the emulator use. Files the manifest does not list (index.html, the
 * public folder: icons, XR input profiles; workers and their WebAssembly) stay.
 */
export function customerPrecache(outDir: string) {
  return async (entries: Entry[]) => {
    const { customer, all } = customerFiles(outDir)
    const manifest = entries.filter((e) => !all.has(e.url) || customer.has(e.url))
    return { manifest, warnings: [] }
  }
}
