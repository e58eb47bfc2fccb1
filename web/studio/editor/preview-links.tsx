import { t } from '../../i18n/t'
import type { Autosaver } from './autosaver'
import { QrCode } from './qr-code'
import { useDraftErrors } from './use-draft-errors'

type Props = { procedureId: string; saver: Autosaver }

/**
 * Opens the saved draft in the customer's own guide: the 3D guide, AR emulated on this desktop
 * (`?emulate=quest3`), or AR on a phone through the link in the QR code.
 */
export function PreviewLinks({ procedureId, saver }: Props) {
  const problems = Object.keys(useDraftErrors()).length
  const path = `/studio/preview/${encodeURIComponent(procedureId)}`
  const phone = `${window.location.origin}${path}?mode=ar`
  // Save first, so the preview (which reads the saved draft) shows what the author sees.
  const flush = () => void saver.flush()
  return (
    <section className="stack card" aria-labelledby="editor-preview">
      <h2 id="editor-preview">{t('editor.previewHeading')}</h2>
      {problems > 0 ? (
        <p className="muted">{t('editor.previewInvalid')}</p>
      ) : (
        <div className="editor-preview-links">
          <div className="stack">
            <a className="button" href={path} target="_blank" rel="noopener" onClick={flush}>
              {t('editor.preview')}
            </a>
            <a
              className="button"
              href={`${path}?mode=ar&emulate=quest3`}
              target="_blank"
              rel="noopener"
              onClick={flush}
            >
              {t('editor.previewAr')}
            </a>
          </div>
          <figure className="stack">
            <QrCode text={phone} label={t('editor.previewQr')} />
            <figcaption className="muted">{t('editor.previewPhone')}</figcaption>
          </figure>
        </div>
      )}
    </section>
  )
}
