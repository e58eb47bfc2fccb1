import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ProcedureSchema } from '../../server/domain/procedure'
import { catalogDir } from '../helpers/app'
import { launchBrowser, openGuardedPage } from '../helpers/browser'
import { type AppServer, startAppServer } from '../helpers/e2e-server'

const productIds = readdirSync(catalogDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)

function targetedNodes(productId: string): string[] {
  const dir = join(catalogDir, productId, 'procedures')
  const nodes = readdirSync(dir).flatMap((f) =>
    ProcedureSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))).steps.map(
      (s) => s.target.node,
    ),
  )
  return [...new Set(nodes)].sort()
}

let server: AppServer
let browser: Browser
let probe: string
beforeAll(async () => {
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'fixtures/gltf-probe.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    logLevel: 'silent',
  })
  probe = bundled.outputFiles[0]?.text ?? ''
  ;[server, browser] = await Promise.all([startAppServer(), launchBrowser()])
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the catalog models in Chromium', () => {
  it.each(productIds)(
    '%s loads with GLTFLoader and has every node its procedures target',
    async (id) => {
      const guarded = await openGuardedPage(browser, server.url, { injectsTestScripts: true })
      try {
        await guarded.page.goto('/')
        await guarded.page.addScriptTag({ content: probe })
        const res = await fetch(`${server.url}/api/products/${id}`)
        const { product } = (await res.json()) as { product: { modelUrl: string } }
        const loaded = await guarded.page.evaluate((url) => window.loadGlb(url), product.modelUrl)
        expect(loaded.meshes).toBeGreaterThan(5)
        for (const node of targetedNodes(id)) expect(loaded.nodes, `node ${node}`).toContain(node)
        // Real-world scale in metres: a household product is between 10 cm and 2 m on each side.
        for (const side of loaded.size) {
          expect(side).toBeGreaterThan(0.01)
          expect(side).toBeLessThan(2)
        }
      } finally {
        await guarded.close()
      }
      expect(guarded.problems).toEqual([])
    },
  )
})
