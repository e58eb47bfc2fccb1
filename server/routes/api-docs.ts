import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../context'
import { OpenApiDocumentSchema } from '../domain/openapi'
import { doc, json, media } from '../openapi/describe'
import { openApiDocument } from '../openapi/document'
import { validate } from '../validate'

export const API_VERSION = '1.0.0'

/**
 * The docs page's own script: Swagger UI on our document. A file, not an inline script, so the
 * page runs under the same CSP as the rest of the app (script-src 'self').
 */
const INIT_JS = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#docs', deepLinking: true, tryItOutEnabled: false })
})
`
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fixpoint API</title>
<link rel="stylesheet" href="/api/docs/swagger-ui.css">
</head>
<body>
<main id="docs" aria-label="Fixpoint API reference"><p>Loading the API reference…</p></main>
<noscript>The reference needs JavaScript; the document itself is at <a href="/api/openapi.json">/api/openapi.json</a>.</noscript>
<script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>
`

const ASSETS = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'init.js': 'text/javascript; charset=utf-8',
} as const
type Asset = keyof typeof ASSETS
const AssetParam = z.object({
  file: z.enum(Object.keys(ASSETS) as [Asset, ...Asset[]], 'No such file of the docs page.'),
})

const loaded = new Map<Asset, { raw: Buffer; gz: Buffer }>()
/** Swagger UI's files from the installed package, read once and kept with a gzip copy. */
function asset(file: Asset) {
  let hit = loaded.get(file)
  if (!hit) {
    const dir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
    const raw = file === 'init.js' ? Buffer.from(INIT_JS) : readFileSync(join(dir, file))
    hit = { raw, gz: gzipSync(raw) }
    loaded.set(file, hit)
  }
  return hit
}

/**
 * `/api/openapi.json` (OpenAPI 3.1 of every route of `app`) and `/api/docs`, a Swagger UI page whose
 * files all come from this origin. The document is generated on first request and kept.
 */
export function apiDocRoutes(app: Hono<AppEnv>) {
  let document: Promise<unknown> | null = null
  return new Hono<AppEnv>()
    .get(
      '/openapi.json',
      doc('docs', 'This document', { 200: json(OpenApiDocumentSchema, 'OpenAPI 3.1') }),
      async (c) => {
        // Kept once made; a failure is not kept, so the next request tries again.
        document ??= openApiDocument(app, API_VERSION).catch((err: unknown) => {
          document = null
          throw err
        })
        return c.json(await document, 200)
      },
    )
    .get('/docs', doc('docs', 'The API reference page', { 200: media('text/html') }), (c) =>
      c.html(PAGE),
    )
    .get(
      '/docs/:file',
      doc('docs', 'A file of the reference page', {
        200: media(['text/javascript', 'text/css'], 'Script or stylesheet'),
      }),
      validate('param', AssetParam),
      (c) => {
        const file = c.req.valid('param').file
        const { raw, gz } = asset(file)
        c.header('Content-Type', ASSETS[file])
        c.header('Cache-Control', 'public, max-age=3600')
        c.header('Vary', 'Accept-Encoding')
        if (/\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
          c.header('Content-Encoding', 'gzip')
          return c.body(new Uint8Array(gz), 200)
        }
        return c.body(new Uint8Array(raw), 200)
      },
    )
}
