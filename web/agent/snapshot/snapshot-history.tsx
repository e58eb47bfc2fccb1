import { escalationSnapshotUrl } from '../../api/snapshots'
import { formatTime } from '../../i18n/format'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import type { SnapshotEditor } from './use-snapshot-editor'

type Props = { escalationId: string; history: SnapshotEditor['history'] }

/** The snapshots stored with this escalation, oldest first, each opening in full size. */
export function SnapshotHistory({ escalationId, history }: Props) {
  const { snapshots, error, retry } = history
  return (
    <section aria-labelledby="snapshot-history-title" className="stack">
      <h2 id="snapshot-history-title">{t('snapshot.historyTitle')}</h2>
      {error ? (
        <ErrorAlert message={error} onRetry={retry} />
      ) : !snapshots ? (
        <PageStatus label={t('app.loading')} />
      ) : snapshots.length === 0 ? (
        <p className="muted">{t('snapshot.historyEmpty')}</p>
      ) : (
        <ol className="snapshot-history" data-testid="snapshot-history">
          {snapshots.map((s) => {
            const time = formatTime(s.createdAt)
            const url = escalationSnapshotUrl(escalationId, s.id)
            return (
              <li key={s.id} data-snapshot={s.id}>
                <a
                  href={url}
                  target="_blank"
                  rel="noopener"
                  aria-label={t('snapshot.historyOpen', { time })}
                >
                  <img
                    src={url}
                    alt={t('snapshot.historyItem', { time })}
                    width={s.width}
                    height={s.height}
                    loading="lazy"
                  />
                </a>
                <time dateTime={s.createdAt}>{time}</time>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
