/**
 * Draws the installable app's icons (web/public/icons/) from one SVG with sharp: the favicon's
 * mark at 192 and 512 px with rounded corners (`any`), and full-bleed with the mark inside the
 * central 80 % safe zone (`maskable`, which launchers crop to a circle or squircle). Colours are
 * the design tokens' primary and its text (web/styles/tokens.css). Run it after changing the mark:
 * `npx tsx scripts/make-icons.ts`; the PNGs are committed (a few kB each).
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const PRIMARY = '#0b6e8a'
const ON_PRIMARY = '#ffffff'
const out = fileURLToPath(new URL('../web/public/icons/', import.meta.url))

/** The favicon's triangle on the primary colour; `inset` shrinks the mark toward the centre. */
function svg(rounded: boolean, inset: number): string {
  const s = 32
  const k = 1 - inset
  const o = (s * inset) / 2
  const p = (x: number, y: number) => `${o + x * k},${o + y * k}`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${s} ${s}">
<rect width="${s}" height="${s}" rx="${rounded ? 8 : 0}" fill="${PRIMARY}"/>
<path d="M${p(9, 22)} L${p(16, 10)} L${p(23, 22)} Z" fill="none" stroke="${ON_PRIMARY}"
 stroke-width="${3 * k}" stroke-linejoin="round"/></svg>`
}

mkdirSync(out, { recursive: true })
for (const size of [192, 512]) {
  for (const [name, rounded, inset] of [
    [`icon-${size}.png`, true, 0],
    [`maskable-${size}.png`, false, 0.2],
  ] as const) {
    await sharp(Buffer.from(svg(rounded, inset)), { density: (72 * size) / 32 })
      .resize(size, size)
      .png({ compressionLevel: 9, palette: true })
      .toFile(`${out}${name}`)
  }
}
console.log(`icons written to ${out}`)
