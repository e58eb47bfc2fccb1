import type { XRStore } from '@react-three/xr'
import { useEffect } from 'react'
import { t } from '../../i18n/t'
import { blockXRSelect } from '../../xr/block-xr-select'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'
import { ScreenGestures } from '../../xr/placement/screen-gestures'
import { selectDone, useGuide, useGuideStore } from '../guide/guide-store'
import { Outcome } from '../guide/outcome'
import { StepCard } from '../guide/step-card'
import { HelpMarks } from '../help/help-marks'
import { HelpNudgeBanner } from '../help/help-nudge-banner'
import { HelpPanel } from '../help/help-panel'
import { markFirstStep } from './ar-timing'
import { lockAndRecord } from './lock-and-record'
import { OnProductChip } from './on-product-chip'
import { PlacementHints } from './placement-hints'

type Props = { xr: XRStore; hitTest: boolean; onExit: () => void }

/**
 * What the phone shows over the camera: the touch surface and hints while placing (or the label
 * alignment's state while the label steers the twin), Lock and Place
 * again while aligning, then the step card (or "Is it fixed?") with big buttons at the bottom;
 * live help (queue place, the call, chat) above it and the agent's drawings over the picture.
 * Touches on the controls stay with the page; only the touch surface reaches the AR session.
 */
export function OverlayContent({ xr, hitTest, onExit }: Props) {
  const placement = usePlacement()
  const guide = useGuideStore()
  const phase = usePlacementState((s) => s.phase)
  // Placed from the label, the lock (and its anchor) follows by itself within a frame or two.
  const autoLocking = usePlacementState(
    (s) => s.phase === 'aligning' && s.method === 'label' && !s.byHand,
  )
  const done = useGuide(selectDone)
  return (
    <>
      {phase !== 'locked' && <ScreenGestures placement={placement} label={t('ar.gestures')} />}
      {/* The agent's points land in the room as 3D markers; their drawings stay on the glass. */}
      <HelpMarks show="strokes" />
      <div className="ar-overlay-top" ref={blockXRSelect}>
        {phase === 'locked' && <OnProductChip />}
        <button type="button" className="button" onClick={onExit}>
          {t('ar.exit')}
        </button>
      </div>
      <div className="ar-overlay-bottom" ref={blockXRSelect}>
        {phase === 'searching' && <PlacementHints hitTest={hitTest} />}
        {autoLocking && (
          <p className="ar-hint" role="status">
            {t('align.aligned')}
          </p>
        )}
        {phase === 'aligning' && !autoLocking && (
          <>
            <p className="ar-hint" role="status">
              {t('ar.align')}
            </p>
            <div className="ar-actions">
              <button
                type="button"
                className="button"
                onClick={() => placement.store.getState().reset()}
              >
                {t('ar.placeAgain')}
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => void lockAndRecord(xr, placement, guide)}
              >
                {t('ar.lock')}
              </button>
            </div>
          </>
        )}
        <HelpPanel variant="overlay" />
        {phase === 'locked' && !done && <HelpNudgeBanner />}
        {phase === 'locked' && (done ? <Outcome variant="overlay" /> : <FirstStepCard />)}
      </div>
    </>
  )
}

function FirstStepCard() {
  useEffect(markFirstStep, [])
  return <StepCard variant="overlay" />
}
