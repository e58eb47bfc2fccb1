import './photos.css'
import { type ChangeEvent, useId } from 'react'
import type { PhotoStage } from '../../../server/domain/photo'
import { readSessionToken } from '../../api/session-token'
import { t } from '../../i18n/t'
import { ErrorAlert } from '../../ui/error-alert'
import { PageStatus } from '../../ui/page-status'
import { selectStep, useGuide } from '../guide/guide-store'
import { useSessionPhotos } from './use-session-photos'

type Props = { stage: PhotoStage }

/**
 * "Show us with a photo": the camera or the gallery, big targets for a thumb, the photos sent so
 * far. Only in a real repair session (the studio's preview has no token). Independent of the
 * outcome and of the help request: a refused photo never holds either up.
 */
export function PhotoEvidence({ stage }: Props) {
  const sessionId = useGuide((s) => s.sessionId)
  const token = readSessionToken(sessionId)
  return token ? <Evidence stage={stage} sessionId={sessionId} token={token} /> : null
}

function Evidence({ stage, sessionId, token }: Props & { sessionId: string; token: string }) {
  const stepId = useGuide((s) => selectStep(s).id)
  const { photos, busy, error, add } = useSessionPhotos(sessionId, token)
  const headingId = useId()
  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])]
    e.target.value = ''
    if (files.length) void add(files, { stage, stepId })
  }
  return (
    <section
      className="photo-evidence stack"
      aria-labelledby={headingId}
      data-testid="photo-evidence"
    >
      <h3 id={headingId}>{t('photos.title')}</h3>
      <p className="muted">{t(stage === 'outcome' ? 'photos.leadOutcome' : 'photos.leadHelp')}</p>
      <div className="photo-pick-row">
        <label className="button button-primary photo-pick">
          <input
            className="visually-hidden"
            type="file"
            accept="image/*"
            capture="environment"
            disabled={busy}
            onChange={pick}
            data-testid="photo-camera"
          />
          {t('photos.camera')}
        </label>
        <label className="button photo-pick">
          <input
            className="visually-hidden"
            type="file"
            accept="image/*"
            multiple
            disabled={busy}
            onChange={pick}
            data-testid="photo-gallery"
          />
          {t('photos.gallery')}
        </label>
      </div>
      {busy && <PageStatus label={t('photos.uploading')} />}
      {error && <ErrorAlert message={error} />}
      {photos.length > 0 && (
        <>
          <p role="status" data-testid="photo-count">
            {t('photos.added', { count: photos.length })}
          </p>
          <ul className="photo-thumbs">
            {photos.map((p, i) => (
              <li key={p.id}>
                <img src={p.url} alt={t('photos.thumbAlt', { n: i + 1 })} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted photo-privacy">{t('photos.privacy')}</p>
    </section>
  )
}
