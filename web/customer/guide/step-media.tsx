import { useId, useState } from 'react'
import type { StepMedia } from '../../../server/domain/step-media'
import { t } from '../../i18n/t'
import { StepPicture } from '../../ui/step-picture'
import { MediaViewer } from './media-viewer'

type Props = {
  media: readonly StepMedia[]
  /** `toggle`: behind a "Photos (n)" button (over a camera image); `inline`: always shown. */
  show?: 'inline' | 'toggle'
}

/** Thumbnails: two across on a phone (about 45% of its width each), 200 px beside the 3D view. */
const THUMB_SIZES = '(max-width: 640px) 45vw, 200px'

/**
 * The step's photos and videos as thumbnails; a tap (or Enter) opens one large. Over the camera
 * image in AR they stay folded behind a button, so the product stays in view.
 */
export function StepMediaStrip({ media, show = 'inline' }: Props) {
  const [open, setOpen] = useState(show === 'inline')
  const [viewing, setViewing] = useState<StepMedia | null>(null)
  const listId = useId()
  if (media.length === 0) return null
  return (
    <div className="step-media">
      {show === 'toggle' && (
        <button
          type="button"
          className="button step-media-toggle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open ? t('media.hide') : t('media.show', { count: media.length })}
        </button>
      )}
      {open && (
        <ul className="step-media-list" id={listId} aria-label={t('media.listLabel')}>
          {media.map((m) => (
            <li key={m.url}>
              <button
                type="button"
                className="step-media-thumb"
                onClick={() => setViewing(m)}
                aria-label={
                  m.kind === 'video'
                    ? t('media.openVideo', { name: m.caption || t('media.video') })
                    : t('media.openPhoto', { name: m.alt || t('media.photo') })
                }
              >
                <Thumb item={m} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <MediaViewer item={viewing} onClose={() => setViewing(null)} />
    </div>
  )
}

function Thumb({ item }: { item: StepMedia }) {
  if (item.kind === 'image') return <StepPicture image={item} sizes={THUMB_SIZES} />
  if (item.kind === 'video')
    return (
      <span className="step-media-video">
        {item.poster ? <img src={item.poster} alt="" loading="lazy" /> : null}
        <span className="step-media-play" aria-hidden="true">
          ▶
        </span>
      </span>
    )
  return <img src={item.url} alt={item.alt} loading="lazy" />
}
