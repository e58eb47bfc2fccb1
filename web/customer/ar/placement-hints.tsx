import { useShallow } from 'zustand/react/shallow'
import { t } from '../../i18n/t'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'
import { alignmentText, manualHint } from './alignment-text'

/**
 * The phone's words and choices before the twin is down: while the label steers it, what to do
 * (look for the label, hold still, move a little) with its accuracy and "Place it by hand
 * instead"; by hand, today's tap-to-place hint, with "Tap the label" where the product has one and
 * the device hit-tests, and "Align on the label again" where the camera can.
 */
export function PlacementHints({ hitTest }: { hitTest: boolean }) {
  const { store, label } = usePlacement()
  const s = usePlacementState(
    useShallow(({ auto, byHand, tapLabel }) => ({ auto, byHand, tapLabel })),
  )
  const aligning = alignmentText(s)
  if (aligning !== null)
    return (
      <>
        <p className="ar-hint" role="status" aria-live="polite">
          {aligning}
        </p>
        <div className="ar-actions">
          <button type="button" className="button" onClick={() => store.getState().setByHand(true)}>
            {t('align.byHand')}
          </button>
        </div>
      </>
    )
  return (
    <>
      <p className="ar-hint" role="status" aria-live="polite">
        {manualHint(s, 'screen', hitTest)}
      </p>
      <div className="ar-actions">
        {s.auto && (
          <button
            type="button"
            className="button"
            onClick={() => store.getState().setByHand(false)}
          >
            {t('align.backToLabel')}
          </button>
        )}
        {label && hitTest && !s.tapLabel && (
          <button
            type="button"
            className="button"
            onClick={() => store.getState().setTapLabel(true)}
          >
            {t('align.tapLabel')}
          </button>
        )}
      </div>
    </>
  )
}
