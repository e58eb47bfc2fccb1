// The JavaScript each route loads before its first meaningful paint, gzipped, against
// bundle-budget.json (changed only on purpose).
//
// From the build manifest (dist/.vite/manifest.json), starting at index.html, the route's chunk and
// the chunks its first paint waits for (`paint`: the guide for /repair, say), every import is
// followed: static ones, and dynamic ones too, because a dynamic import fired on the way to the
// first paint costs the same bytes and one more round trip. A dynamic import is left out only when
// bundle-budget.json's `deferred` says why it loads later (another screen, after the first paint,
// only on AR devices …); each of those patterns must still match a chunk, so the list cannot rot.
// Of the language chunks, the largest counts (each page loads one before its first render).
// Fails naming each route's biggest chunks. Reads files and gzips them: well under a second.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.env.DIST_DIR ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))
const budget = JSON.parse(readFileSync('bundle-budget.json', 'utf8'))

const LANGUAGE = /^i18n\/(?:en\.ts|[a-z]{2}\/index\.ts)$/
const deferred = budget.deferred.map(({ match, why }) => ({ re: new RegExp(match), match, why }))
const problems = []
for (const d of deferred) {
  if (!Object.keys(manifest).some((k) => d.re.test(k)))
    problems.push(`deferred pattern ${d.match} matches no chunk of the build: remove or fix it`)
}

const sizes = new Map()
function gz(key) {
  let n = sizes.get(key)
  if (n === undefined) {
    n = gzipSync(readFileSync(join(dist, manifest[key].file))).length
    sizes.set(key, n)
  }
  return n
}

/** Every chunk `roots` load before the first paint: imports, and dynamic imports not deferred. */
function beforePaint(roots) {
  const seen = new Set()
  const visit = (key) => {
    if (seen.has(key)) return
    const entry = manifest[key]
    if (!entry) {
      problems.push(`no chunk ${key} in the build manifest (bundle-budget.json out of date?)`)
      return
    }
    seen.add(key)
    for (const dep of entry.imports ?? []) visit(dep)
    for (const dep of entry.dynamicImports ?? []) {
      if (roots.includes(dep)) visit(dep)
      else if (LANGUAGE.test(dep) || deferred.some((d) => d.re.test(dep))) continue
      else visit(dep)
    }
  }
  for (const root of roots) visit(root)
  return seen
}

const languages = Object.keys(manifest).filter((k) => LANGUAGE.test(k) && manifest[k].file)
if (!languages.includes('i18n/en.ts')) problems.push('no English language chunk (i18n/en.ts)')
const language = languages.reduce((a, b) => (gz(b) > gz(a) ? b : a), 'i18n/en.ts')
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`

let over = 0
console.log(`initial JS before the first paint (gzip; with ${language}, the largest language)`)
for (const [route, { chunk, paint = [], maxBytes }] of Object.entries(budget.routes)) {
  const keys = [...beforePaint(['index.html', chunk, ...paint, language])].filter((k) =>
    manifest[k].file.endsWith('.js'),
  )
  const bytes = keys.reduce((sum, k) => sum + gz(k), 0)
  const ok = bytes <= maxBytes
  console.log(
    `  ${route.padEnd(26)} ${kib(bytes).padStart(10)}   budget ${kib(maxBytes)}${ok ? '' : '   OVER BUDGET'}`,
  )
  if (ok) continue
  over++
  const biggest = keys.sort((a, b) => gz(b) - gz(a)).slice(0, 8)
  console.error(`    biggest chunks of ${route} (${keys.length} in all):`)
  for (const k of biggest)
    console.error(`      ${kib(gz(k)).padStart(9)}  ${manifest[k].file}  (${k})`)
}
console.log(
  `  language chunks: ${languages.map((k) => `${k.replace(/^i18n\/|(\/index)?\.ts$/g, '')} ${kib(gz(k))}`).join(', ')}`,
)
for (const p of problems) console.error(p)
if (over)
  console.error(
    `${over} route(s) over the bundle budget (bundle-budget.json): load what is not needed for the first paint later (a dynamic import listed under "deferred" with the reason), or make it smaller.`,
  )
if (over || problems.length) process.exit(1)
