import QRCode from 'qrcode'

/** The quiet zone around a printed QR symbol, in modules (the QR standard's minimum). */
export const QUIET_ZONE_MODULES = 4

/** A QR symbol as an SVG path in module units: `size` modules a side, quiet zone not included. */
export type QrSymbol = { size: number; path: string }

/**
 * Encodes `text` (error correction M) and draws its dark modules as one path, each row's runs
 * merged into rectangles, offset by the quiet zone so the path fits a viewBox of
 * `size + 2 × QUIET_ZONE_MODULES`.
 */
export function qrSymbol(text: string): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const n = modules.size
  const q = QUIET_ZONE_MODULES
  const parts: string[] = []
  for (let row = 0; row < n; row++) {
    let col = 0
    while (col < n) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < n && modules.get(row, col)) col++
      parts.push(`M${start + q} ${row + q}h${col - start}v1h${start - col}z`)
    }
  }
  return { size: n, path: parts.join('') }
}

/** The printed side, quiet zone included, of a symbol whose module grid is `gridMm` a side. */
export function symbolSideMm(symbol: QrSymbol, gridMm: number): number {
  return (gridMm * (symbol.size + 2 * QUIET_ZONE_MODULES)) / symbol.size
}
