/**
 * How labels sit on a sheet of paper: a grid of equal cells (the QR symbol with its quiet zone,
 * then three lines of text) inside the page margins, as many rows and columns as fit. Pure; all
 * lengths in millimetres, the unit the print CSS uses.
 */

export const PAPERS = {
  a4: { css: 'A4', widthMm: 210, heightMm: 297 },
  letter: { css: 'letter', widthMm: 215.9, heightMm: 279.4 },
} as const

export type Paper = keyof typeof PAPERS

export const PAGE_MARGIN_MM = 10
/** Space between labels, for scissors. */
export const GAP_MM = 4
/** The text under each code: the name (up to two lines), the model and the serial, at 7 pt. */
export const TEXT_MM = 15
/** Narrow codes still get room for their text. */
export const MIN_CELL_WIDTH_MM = 40

export type SheetLayout = {
  columns: number
  rows: number
  perPage: number
  cellWidthMm: number
  cellHeightMm: number
}

/** The grid for symbols `symbolMm` a side (quiet zone included), or null when one does not fit. */
export function sheetLayout(paper: Paper, symbolMm: number): SheetLayout | null {
  const { widthMm, heightMm } = PAPERS[paper]
  const cellWidthMm = Math.max(symbolMm, MIN_CELL_WIDTH_MM)
  const cellHeightMm = symbolMm + TEXT_MM
  // Half a millimetre of slack: the browser rounds lengths to device pixels.
  const usableW = widthMm - 2 * PAGE_MARGIN_MM - 0.5
  const usableH = heightMm - 2 * PAGE_MARGIN_MM - 0.5
  const columns = Math.floor((usableW + GAP_MM) / (cellWidthMm + GAP_MM))
  const rows = Math.floor((usableH + GAP_MM) / (cellHeightMm + GAP_MM))
  if (columns < 1 || rows < 1) return null
  return { columns, rows, perPage: columns * rows, cellWidthMm, cellHeightMm }
}

/** `items` cut into pages of `perPage`. */
export function paginate<T>(items: readonly T[], perPage: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += perPage) pages.push(items.slice(i, i + perPage))
  return pages
}
