import { useXR, useXRSessionFeatureEnabled, XRDomOverlay } from '@react-three/xr'
import { useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { t } from '../../i18n/t'
import { prewarmLabelWorker } from '../../recognition/label-reader'
import { LabelTracker } from '../../xr/camera/label-tracker'
import { FollowViewer } from '../../xr/placement/follow-viewer'
import { PlacementProvider } from '../../xr/placement/placement-context'
import { createPlacementFrame } from '../../xr/placement/placement-frame'
import { createPlacementStore } from '../../xr/placement/placement-store'
import { XrPanel } from '../../xr/placement/xr-panel'
import { useExitAr } from '../ar/use-exit-ar'
import type { ArScanStore } from './ar-scan-store'
import { type RecognizeView, recognizeView } from './recognize-view'
import { useArRecognition } from './use-ar-recognition'

/**
 * The AR session before there is a repair: the label is read through the camera, its product
 * looked up and its procedures offered, on the phone's DOM overlay or the headset's panel.
 */
export function ArRecognizeScene({ store }: { store: ArScanStore }) {
  const inSession = useXR((s) => s.session != null)
  const cameraAccess = useXRSessionFeatureEnabled('camera-access')
  const domOverlay = useXRSessionFeatureEnabled('dom-overlay')
  const stage = useStore(store, (s) => s.stage)
  const { onCode, choose } = useArRecognition(store)
  const view = useMemo(() => recognizeView(stage, cameraAccess), [stage, cameraAccess])
  // The guide's own label reader gets ready while the customer chooses the problem.
  useEffect(() => {
    if (stage.kind === 'found') prewarmLabelWorker()
  }, [stage.kind])
  // The headset's panel sits in the room through the placement's per-frame viewer pose.
  const [placement] = useState(() => ({
    store: createPlacementStore(),
    frame: createPlacementFrame(),
    label: null,
  }))
  if (!inSession) return null
  return (
    <PlacementProvider value={placement}>
      {cameraAccess && <LabelTracker label={null} onCode={(text) => void onCode(text)} />}
      {domOverlay ? (
        <RecognizeOverlay view={view} onChoose={(id) => void choose(id)} />
      ) : (
        <FollowViewer placeKey={stage.kind}>
          <RecognizePanel view={view} onChoose={(id) => void choose(id)} />
        </FollowViewer>
      )}
    </PlacementProvider>
  )
}

type ViewProps = { view: RecognizeView; onChoose: (procedureId: string) => void }

function RecognizeOverlay({ view, onChoose }: ViewProps) {
  const exit = useExitAr()
  return (
    <XRDomOverlay className="ar-overlay" aria-label={t('arScan.title')}>
      <div className="ar-overlay-top">
        <button type="button" className="button" onClick={exit}>
          {t('ar.exit')}
        </button>
      </div>
      <div className="ar-overlay-bottom">
        <p className="ar-hint" role="status" aria-live="polite">
          {view.text}
        </p>
        {view.choices.length > 0 && (
          <nav className="ar-choices" aria-label={t('arScan.choose')}>
            {view.choices.map((c) => (
              <button
                key={c.id}
                type="button"
                className="button button-primary"
                onClick={() => onChoose(c.id)}
              >
                {c.label}
              </button>
            ))}
          </nav>
        )}
      </div>
    </XRDomOverlay>
  )
}

function RecognizePanel({ view, onChoose }: ViewProps) {
  const exit = useExitAr()
  const lines = useMemo(() => [{ text: view.text, size: 40 }], [view.text])
  const buttons = [
    ...view.choices.map((c, i) => ({
      id: `procedure-${i}`,
      label: c.label,
      onSelect: () => onChoose(c.id),
      primary: true,
    })),
    { id: 'exit', label: t('ar.exit'), onSelect: exit },
  ]
  return <XrPanel lines={lines} buttons={buttons} />
}
