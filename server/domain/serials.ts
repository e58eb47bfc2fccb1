/**
 * Serial number ranges for printed labels: a first serial such as `SN-000123` and a count give
 * `SN-000123`, `SN-000124`, … by incrementing the trailing digits and keeping their zero padding
 * (the number grows a digit only when it must: `SN-999` → `SN-1000`). Pure.
 */

export const MAX_LABELS = 500
/** The longest serial a repair session records (see `session.ts`). */
export const MAX_SERIAL_LENGTH = 120

// Letters, digits and a few separators, starting with a letter or digit.
const SERIAL = /^[A-Za-z0-9][A-Za-z0-9 ._/-]*$/
const TRAILING_DIGITS = /\d+$/

export type SerialRangeProblem =
  | { field: 'first'; kind: 'empty' | 'noDigits' | 'characters' | 'tooLong' }
  | { field: 'count'; kind: 'notWhole' | 'tooFew' | 'tooMany' }

export type SerialRange =
  | { ok: true; serials: string[] }
  | { ok: false; problems: SerialRangeProblem[] }

function firstProblem(first: string): SerialRangeProblem | null {
  if (first === '') return { field: 'first', kind: 'empty' }
  if (first.length > MAX_SERIAL_LENGTH) return { field: 'first', kind: 'tooLong' }
  if (!/\d$/.test(first)) return { field: 'first', kind: 'noDigits' }
  if (!SERIAL.test(first)) return { field: 'first', kind: 'characters' }
  return null
}

function countProblem(count: number): SerialRangeProblem | null {
  if (!Number.isInteger(count)) return { field: 'count', kind: 'notWhole' }
  if (count < 1) return { field: 'count', kind: 'tooFew' }
  if (count > MAX_LABELS) return { field: 'count', kind: 'tooMany' }
  return null
}

/** The `count` serials from `first` (trimmed), or every problem with the input. */
export function serialRange(firstRaw: string, count: number): SerialRange {
  const first = firstRaw.trim()
  const problems = [firstProblem(first), countProblem(count)].filter(
    (p): p is SerialRangeProblem => p !== null,
  )
  const digits = TRAILING_DIGITS.exec(first)?.[0]
  if (problems.length > 0 || !digits) return { ok: false, problems }
  const prefix = first.slice(0, first.length - digits.length)
  const start = BigInt(digits)
  const serials: string[] = []
  for (let i = 0; i < count; i++) {
    serials.push(`${prefix}${(start + BigInt(i)).toString().padStart(digits.length, '0')}`)
  }
  const last = serials[serials.length - 1] ?? first
  if (last.length > MAX_SERIAL_LENGTH)
    return { ok: false, problems: [{ field: 'first', kind: 'tooLong' }] }
  return { ok: true, serials }
}
