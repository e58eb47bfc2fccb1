import type { Photo } from '../../../server/domain/photo'
import { procedurePhotoUrl } from '../../api/photos'
import { formatDateTime } from '../../i18n/format'
import { t } from '../../i18n/t'

type Props = { procedureId: string; step: string; photos: Photo[] }

/** The customers' photos taken on one step, as small thumbnails that open full size. */
export function StepPhotos({ procedureId, step, photos }: Props) {
  if (photos.length === 0) return <>—</>
  return (
    <ul className="step-photos" data-testid="step-photos">
      {photos.map((p) => {
        const url = procedurePhotoUrl(procedureId, p.id)
        const time = formatDateTime(p.createdAt)
        return (
          <li key={p.id} data-photo={p.id}>
            <a href={url} target="_blank" rel="noopener">
              <img src={url} alt={t('photos.analyticsAlt', { step, time })} loading="lazy" />
            </a>
          </li>
        )
      })}
    </ul>
  )
}

/**
 * Photos by step id, within the filter's days (UTC, inclusive) like the figures; null when there
 * are none, so the table grows its photo column only when it has something to show.
 */
export function photosByStep(
  photos: Photo[],
  from?: string,
  to?: string,
): Map<string, Photo[]> | null {
  const out = new Map<string, Photo[]>()
  for (const p of photos) {
    const day = p.createdAt.slice(0, 10)
    if (!p.stepId || (from && day < from) || (to && day > to)) continue
    out.set(p.stepId, [...(out.get(p.stepId) ?? []), p])
  }
  return out.size > 0 ? out : null
}
