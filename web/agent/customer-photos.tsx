import { useCallback, useEffect } from 'react'
import type { Procedure } from '../../server/domain/procedure'
import { escalationPhotoUrl, listEscalationPhotos } from '../api/photos'
import type { RealtimeSocket } from '../api/realtime-socket'
import { formatTime } from '../i18n/format'
import { t } from '../i18n/t'
import { ErrorAlert } from '../ui/error-alert'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'

type Props = { escalationId: string; procedure: Procedure | null; socket: RealtimeSocket }

/**
 * The photos the customer added to this repair, each with the step and screen they were on; one
 * added during the call appears at once (`photo_added`), and the button reads the list again.
 */
export function CustomerPhotos({ escalationId, procedure, socket }: Props) {
  const load = useCallback(() => listEscalationPhotos(escalationId), [escalationId])
  const photos = useAsync(load)
  const { retry } = photos
  useEffect(
    () =>
      socket.subscribe((m) => {
        if (m.type === 'photo_added' && m.escalationId === escalationId) retry()
      }),
    [socket, escalationId, retry],
  )
  const stepTitle = (id: string | null) =>
    procedure?.steps.find((s) => s.id === id)?.title ?? id ?? '—'
  return (
    <section aria-labelledby="customer-photos-title" className="stack">
      <div className="row">
        <h2 id="customer-photos-title">{t('photos.agentTitle')}</h2>
        <button type="button" className="button" onClick={photos.retry}>
          {t('photos.agentRefresh')}
        </button>
      </div>
      {photos.status === 'loading' ? (
        <PageStatus label={t('app.loading')} />
      ) : photos.status === 'error' ? (
        <ErrorAlert message={photos.error.message} onRetry={photos.retry} />
      ) : photos.data.length === 0 ? (
        <p className="muted">{t('photos.agentEmpty')}</p>
      ) : (
        <ol className="snapshot-history" data-testid="customer-photos">
          {photos.data.map((p) => {
            const time = formatTime(p.createdAt)
            const url = escalationPhotoUrl(escalationId, p.id)
            const alt = t('photos.agentAlt', {
              stage: t(`photos.stage.${p.stage}`),
              step: stepTitle(p.stepId),
              time,
            })
            return (
              <li key={p.id} data-photo={p.id}>
                <a href={url} target="_blank" rel="noopener">
                  <img src={url} alt={alt} width={p.width} height={p.height} loading="lazy" />
                </a>
                <span className="muted">
                  {t(`photos.stage.${p.stage}`)} · {stepTitle(p.stepId)} · {time}
                </span>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
