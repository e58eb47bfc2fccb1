import { formatNumber } from '../../i18n/format'
import { t } from '../../i18n/t'

// In the active language: "66.7%" in English, "66,7 %" in German and French.
const percent = {
  format: (n: number) => formatNumber(n, { style: 'percent', maximumFractionDigits: 1 }),
}
const decimal = { format: (n: number) => formatNumber(n, { maximumFractionDigits: 1 }) }

/** A share such as 0.6667 as "66.7%"; a dash when there is nothing to divide by. */
export function formatRate(rate: number | null): string {
  return rate === null ? t('analytics.none') : percent.format(rate)
}

/** Session length: minutes, or seconds when under two minutes so short sessions do not read "0". */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return t('analytics.none')
  if (minutes < 2) return formatDwell(minutes * 60)
  return t('analytics.minutes', { minutes: decimal.format(minutes) })
}

/** Dwell times: seconds under two minutes, minutes and seconds above. */
export function formatDwell(seconds: number | null): string {
  if (seconds === null) return t('analytics.none')
  if (seconds < 120) return t('analytics.seconds', { seconds: decimal.format(seconds) })
  const whole = Math.round(seconds)
  return t('analytics.minutesSeconds', { minutes: Math.floor(whole / 60), seconds: whole % 60 })
}

export function formatShare(count: number, of: number): string {
  return of > 0
    ? t('analytics.reachedShare', { count, share: percent.format(count / of) })
    : String(count)
}
