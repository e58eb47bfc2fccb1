import { useEffect, useRef } from 'react'
import type { StepMedia } from '../../../server/domain/step-media'
import { t } from '../../i18n/t'
import { StepPicture } from '../../ui/step-picture'

type Props = { item: StepMedia | null; onClose: () => void }

/**
 * One photo or video, large, in a modal dialog (the browser's own `<dialog>`: focus stays inside,
 * Escape closes it, and focus goes back to the thumbnail that opened it).
 */
export function MediaViewer({ item, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = dialog.current
    if (!d) return
    if (item && !d.open) {
      const opener = document.activeElement
      d.showModal()
      return () => {
        if (opener instanceof HTMLElement) opener.focus()
      }
    }
    if (!item && d.open) d.close()
  }, [item])
  const label = !item
    ? t('media.viewer')
    : item.kind === 'video'
      ? item.caption || t('media.video')
      : item.alt || t('media.photo')
  return (
    <dialog
      ref={dialog}
      className="media-viewer"
      aria-label={label}
      onClose={onClose}
      onCancel={onClose}
    >
      {item && (
        <figure className="media-viewer-figure">
          {item.kind === 'image' ? (
            <StepPicture image={item} sizes="(max-width: 1320px) 100vw, 1280px" loading="eager" />
          ) : item.kind === 'video' ? (
            // biome-ignore lint/a11y/useMediaCaption: the author's caption is under it; clips are short and mostly silent
            <video src={item.url} poster={item.poster} controls playsInline preload="metadata" />
          ) : (
            <img src={item.url} alt={item.alt} />
          )}
          <figcaption>{item.kind === 'video' ? item.caption : item.alt}</figcaption>
        </figure>
      )}
      <form method="dialog">
        <button type="submit" className="button button-primary media-viewer-close">
          {t('media.close')}
        </button>
      </form>
    </dialog>
  )
}
