import { type CallbackWindow, callbackWindows } from '../../../server/domain/callback'
import { formatDate, formatTime } from '../../i18n/format'
import { t } from '../../i18n/t'

const time = (d: Date) => formatTime(d, { hour: 'numeric', minute: '2-digit' })

/** A window in the customer's words and local time: "Tomorrow, 9:00–12:00". */
export function windowLabel(w: Pick<CallbackWindow, 'start' | 'end' | 'part' | 'day'>): string {
  if (w.part === 'soon') return t('help.callback.soon')
  const day =
    w.day === 0
      ? t('help.callback.day0')
      : w.day === 1
        ? t('help.callback.day1')
        : t('help.callback.day2', {
            weekday: formatDate(w.start, { weekday: 'long' }),
          })
  return t('help.callback.part', { day, from: time(w.start), to: time(w.end) })
}

/** A stored window, for the confirmation: "between Thu 9:00 and 12:00". */
export function windowSpan(startIso: string, endIso: string): string {
  const start = new Date(startIso)
  const end = new Date(endIso)
  const day = formatDate(start, { weekday: 'short', day: 'numeric', month: 'short' })
  return `${day}, ${time(start)}–${time(end)}`
}

/** The windows offered now, with their labels. */
export function offeredWindows(now = new Date()) {
  return callbackWindows(now).map((w) => ({ ...w, label: windowLabel(w) }))
}
