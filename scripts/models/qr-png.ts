import { PNG } from 'pngjs'
import QRCode from 'qrcode'

/** Modules of quiet zone on each side of the symbol, as ISO/IEC 18004 asks for. */
export const QUIET_ZONE_MODULES = 4

/** The QR symbol of `text` at error correction M, the level every label in the catalog uses. */
function symbol(text: string) {
  return QRCode.create(text, { errorCorrectionLevel: 'M' }).modules
}

/** Modules per side of the QR symbol `qrPng`/`qrLabelTexture` draw for `text`. */
export function qrModules(text: string): number {
  return symbol(text).size
}

/** Draws the symbol at `scale` px per module, its top-left module at (`offset`, `offset`). */
function drawPng(text: string, sizePx: number, scale: number, offset: number): Uint8Array {
  const modules = symbol(text)
  const grey = Buffer.alloc(sizePx * sizePx, 255)
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue
      for (let y = 0; y < scale; y++) {
        const start = (offset + row * scale + y) * sizePx + offset + col * scale
        grey.fill(0, start, start + scale)
      }
    }
  }
  const png = new PNG({
    width: sizePx,
    height: sizePx,
    colorType: 0,
    inputColorType: 0,
    bitDepth: 8,
  })
  png.data = grey
  return new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 0, bitDepth: 8 }))
}

/**
 * A QR code of `text` as a square greyscale PNG, black modules on white with a four-module quiet
 * zone. Whole pixels per module and no timestamps, so the bytes are the same on every run.
 */
export function qrPng(text: string, sizePx = 512): Uint8Array {
  const size = qrModules(text)
  const scale = Math.floor(sizePx / (size + 2 * QUIET_ZONE_MODULES))
  if (scale < 4) throw new Error(`QR for "${text}" needs a larger texture than ${sizePx}px`)
  return drawPng(text, sizePx, scale, Math.floor((sizePx - size * scale) / 2))
}

/**
 * The texture of a product label: exactly the symbol plus its quiet zone, `scale` px per module,
 * so the image side is (modules + 8) × scale and the symbol covers exactly modules / (modules + 8)
 * of it, centred. A quad textured with it edge to edge prints the symbol at a known size.
 */
export function qrLabelTexture(
  text: string,
  scale = 12,
): { png: Uint8Array; modules: number; sidePx: number } {
  const modules = qrModules(text)
  const sidePx = (modules + 2 * QUIET_ZONE_MODULES) * scale
  return { png: drawPng(text, sidePx, scale, QUIET_ZONE_MODULES * scale), modules, sidePx }
}
