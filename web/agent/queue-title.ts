import { t } from '../i18n/t'

/** The tab's title for the console: "(2) Agent console" while two customers wait, plain otherwise. */
export function queueTitle(title: string, waiting: number): string {
  return waiting > 0 ? t('alerts.titleCount', { count: waiting, title }) : title
}

/** Ids of waiting entries in `now` that were not waiting in `before` (null: the first load). */
export function newlyWaiting<E extends { id: string; status: string }>(
  before: ReadonlySet<string> | null,
  now: readonly E[],
): E[] {
  if (!before) return []
  return now.filter((e) => e.status === 'waiting' && !before.has(e.id))
}
