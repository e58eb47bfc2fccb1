import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from './context'

/**
 * The built web app from `dist/` (hashed assets cached forever, index.html revalidated, SPA fallback
 * for client routes) and the catalog's files under `/models`.
 */
export function mountStatic(app: Hono<AppEnv>, opts: { distDir: string; modelsDir: string }) {
  const distRoot = relative(process.cwd(), opts.distDir) || '.'
  const modelsRoot = relative(process.cwd(), opts.modelsDir) || '.'
  app.use(
    '/models/*',
    serveStatic({
      root: modelsRoot,
      rewriteRequestPath: (p) => p.replace(/^\/models/, ''),
      onFound: (_path, c) => {
        // URLs carry ?v=<hash> of the file, so a changed model gets a new URL.
        c.header(
          'Cache-Control',
          c.req.query('v') ? 'public, max-age=31536000, immutable' : 'no-cache',
        )
      },
    }),
  )
  if (!existsSync(opts.distDir)) return
  app.use(
    '/assets/*',
    serveStatic({
      root: distRoot,
      // The build writes .br and .gz beside each file (vite.config.ts `precompress`).
      precompressed: true,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  app.use(
    '*',
    serveStatic({
      root: distRoot,
      precompressed: true,
      onFound: (_p, c) => void c.header('Cache-Control', 'no-cache'),
    }),
  )
  const indexFile = join(opts.distDir, 'index.html')
  app.get('*', (c, next) => {
    const path = c.req.path
    if (path.startsWith('/api/') || path.startsWith('/models/') || path.startsWith('/assets/'))
      return next()
    if (!existsSync(indexFile)) return next()
    c.header('Cache-Control', 'no-cache')
    return c.html(readFileSync(indexFile, 'utf8'))
  })
}
