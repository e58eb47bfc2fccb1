// The initial JavaScript of each route, gzipped, against bundle-budget.json (changed only on
// purpose). A route's initial JS is the entry chunk, the route's lazy chunk and everything either
// imports statically, plus English's messages (web/i18n/load.ts imports the active language's
// chunk before the first render; the others are the same size within a few KiB and listed below);
// chunks loaded later (three.js, the XR code, zxing) are not counted.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.env.DIST_DIR ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
const budget = JSON.parse(readFileSync('bundle-budget.json', 'utf8'))

function closure(key, seen = new Set()) {
  const entry = manifest[key]
  if (!entry || seen.has(key)) return seen
  seen.add(key)
  for (const dep of entry.imports ?? []) closure(dep, seen)
  return seen
}

const LANGUAGE = 'i18n/en.ts'
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length
let over = 0
console.log('route            initial JS (gzip)   budget')
for (const [route, { chunk, maxBytes }] of Object.entries(budget.routes)) {
  if (!manifest[chunk]) {
    console.error(`${route}: no chunk ${chunk} in the build manifest`)
    over++
    continue
  }
  const keys = new Set([...closure('index.html'), ...closure(chunk), ...closure(LANGUAGE)])
  const bytes = [...keys].reduce((sum, k) => sum + gz(manifest[k].file), 0)
  const ok = bytes <= maxBytes
  if (!ok) over++
  console.log(
    `${route.padEnd(16)} ${(bytes / 1024).toFixed(1).padStart(8)} KiB        ${(maxBytes / 1024).toFixed(0)} KiB ${ok ? '' : '  OVER BUDGET'}`,
  )
}
const languages = Object.keys(manifest).filter((k) => /^i18n\/(en\.ts|\w\w\/index\.ts)$/.test(k))
console.log(
  `language chunks (gzip): ${languages.map((k) => `${k.split('/')[1].replace('.ts', '')} ${(gz(manifest[k].file) / 1024).toFixed(1)} KiB`).join(', ')}`,
)
if (!manifest[LANGUAGE]) {
  console.error(`no chunk ${LANGUAGE} in the build manifest`)
  over++
}
if (over) {
  console.error(`${over} route(s) over the bundle budget (bundle-budget.json).`)
  process.exit(1)
}
