/**
 * CSV as spreadsheets and BI tools read it (RFC 4180: comma, CRLF, double quotes doubled), made
 * safe to open: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would
 * be run as a formula by Excel, LibreOffice or Sheets, so it gets a leading `'` (OWASP's advice)
 * and is quoted. Numbers and booleans are written as they are.
 */
const FORMULA = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

export type Cell = string | number | boolean | null | undefined

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'string') return String(value)
  if (FORMULA.test(value)) return `"'${value.replace(/"/g, '""')}"`
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** One record, CRLF-terminated. */
export function csvLine(values: readonly Cell[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}
