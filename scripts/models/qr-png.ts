import { PNG } from 'pngjs'
import QRCode from 'qrcode'

/**
 * A QR code of `text` as a square greyscale PNG, black modules on white with a four-module quiet
 * zone. Whole pixels per module and no timestamps, so the bytes are the same on every run.
 */
export function qrPng(text: string, sizePx = 512): Uint8Array {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const scale = Math.floor(sizePx / (modules.size + 2 * quiet))
  if (scale < 4) throw new Error(`QR for "${text}" needs a larger texture than ${sizePx}px`)
  const offset = Math.floor((sizePx - modules.size * scale) / 2)
  const png = new PNG({
    width: sizePx,
    height: sizePx,
    colorType: 0,
    inputColorType: 0,
    bitDepth: 8,
  })
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
  png.data = grey
  return new Uint8Array(PNG.sync.write(png, { colorType: 0, inputColorType: 0, bitDepth: 8 }))
}
