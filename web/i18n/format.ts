import { intlLocale } from './t'

// Formatters are costly to build and cheap to reuse: one per language and option set.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>()

function cached<F>(kind: string, options: object, make: (tag: string) => F): F {
  const key = `${kind}|${intlLocale()}|${JSON.stringify(options)}`
  let f = cache.get(key) as F | undefined
  if (!f) {
    f = make(intlLocale())
    cache.set(key, f as Intl.NumberFormat)
  }
  return f
}

const asDate = (d: Date | string | number) => (d instanceof Date ? d : new Date(d))

/** A date and time in the active language ("4 Dec 2026, 17:35" / "04.12.2026, 17:35"). */
export function formatDateTime(
  d: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return cached('dt', options, (tag) => new Intl.DateTimeFormat(tag, options)).format(asDate(d))
}

/** A date in the active language; `options` as for Intl.DateTimeFormat. */
export function formatDate(
  d: Date | string | number,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  return formatDateTime(d, options)
}

/** A clock time in the active language (with seconds unless `options` says otherwise). */
export function formatTime(
  d: Date | string | number,
  options: Intl.DateTimeFormatOptions = { timeStyle: 'medium' },
): string {
  return formatDateTime(d, options)
}

/** A number in the active language ("1,234.5" / "1.234,5"). */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('n', options, (tag) => new Intl.NumberFormat(tag, options)).format(n)
}

/** "in 3 minutes", "vor 2 Tagen": a time relative to now. */
export function formatRelative(value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const options = { numeric: 'auto' } as const
  return cached('rt', options, (tag) => new Intl.RelativeTimeFormat(tag, options)).format(
    value,
    unit,
  )
}

/**
 * A duration in minutes and seconds ("3 min, 5 sec" / "3 Min., 5 Sek."): Intl.DurationFormat where
 * the browser has it, else the same parts from NumberFormat's units (Node 20, older browsers).
 */
export function formatDuration(totalSeconds: number): string {
  const whole = Math.max(0, Math.round(totalSeconds))
  const minutes = Math.floor(whole / 60)
  const seconds = whole % 60
  const parts = minutes > 0 ? { minutes, seconds } : { seconds }
  const DurationFormat = (
    Intl as unknown as {
      DurationFormat?: new (tag: string, o: object) => { format(d: object): string }
    }
  ).DurationFormat
  if (DurationFormat) return new DurationFormat(intlLocale(), { style: 'short' }).format(parts)
  const unit = (u: string, v: number) =>
    formatNumber(v, { style: 'unit', unit: u, unitDisplay: 'short' })
  const list = [
    ...(minutes > 0 ? [unit('minute', minutes)] : []),
    ...(seconds > 0 || minutes === 0 ? [unit('second', seconds)] : []),
  ]
  return new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(list)
}
