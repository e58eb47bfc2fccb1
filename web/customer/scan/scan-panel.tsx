import './scan.css'
import { useState } from 'react'
import { t } from '../../i18n/t'
import { canRetryCamera } from '../../recognition/camera-problem'
import { ErrorAlert } from '../../ui/error-alert'
import { CameraProblemNotice } from './camera-problem-notice'
import { CameraView } from './camera-view'
import { FoundProductCard } from './found-product-card'
import { scanStatusText } from './scan-status-text'
import { UnknownCodeNotice } from './unknown-code-notice'
import { useCamera } from './use-camera'
import { useCodeLookup } from './use-code-lookup'
import { useCodeScanner } from './use-code-scanner'

/**
 * Scan: the rear camera, codes read continuously, and the product they identify. Reading pauses
 * once a product is found; "Scan another code" resumes it. `onSearch` moves to manual search.
 */
export function ScanPanel({ onSearch }: { onSearch: () => void }) {
  const camera = useCamera()
  const lookup = useCodeLookup()
  const [video, setVideo] = useState<HTMLVideoElement | null>(null)
  const live = camera.state.status === 'live'
  const scanner = useCodeScanner(video, live && lookup.state.status !== 'found', lookup.lookup)
  const { state } = camera
  const status = scanStatusText(state, scanner, lookup.state)

  return (
    <section className="scan" aria-labelledby="scan-title">
      <h2 id="scan-title">{t('scan.heading')}</h2>
      {state.status === 'live' && <CameraView stream={state.stream} onVideo={setVideo} />}
      {state.status === 'idle' && <p className="muted">{t('scan.intro')}</p>}
      {state.status === 'problem' && <CameraProblemNotice problem={state.problem} />}
      {scanner === 'failed' && <ErrorAlert message={t('scan.readerFailed')} />}
      <p className="scan-status" role="status">
        {(state.status === 'starting' || lookup.state.status === 'looking') && (
          <span className="spinner" aria-hidden="true" />
        )}
        <span>{status}</span>
      </p>
      {lookup.state.status === 'found' && <FoundProductCard result={lookup.state.result} />}
      {lookup.state.status === 'unknown' && (
        <UnknownCodeNotice code={lookup.state.code} onSearch={onSearch} />
      )}
      {lookup.state.status === 'failed' && (
        <ErrorAlert message={t('scan.lookupFailed', { message: lookup.state.message })} />
      )}
      <div className="scan-actions">
        {state.status === 'idle' && (
          <button type="button" className="button button-primary" onClick={camera.start}>
            {t('scan.start')}
          </button>
        )}
        {state.status === 'problem' && canRetryCamera(state.problem) && (
          <button type="button" className="button button-primary" onClick={camera.start}>
            {t('scan.tryAgain')}
          </button>
        )}
        {live && lookup.state.status !== 'none' && (
          <button type="button" className="button" onClick={lookup.reset}>
            {t('scan.scanAgain')}
          </button>
        )}
        {live && (
          <button type="button" className="button" onClick={camera.stop}>
            {t('scan.stop')}
          </button>
        )}
      </div>
    </section>
  )
}
