import { useState } from 'react'
import { usePlacementState } from '../../xr/placement/placement-context'
import { selectDone, selectStep, useGuide } from '../guide/guide-store'
import { MediaPlane } from './media-plane'
import { OutcomePanel } from './outcome-panel'
import { PlacementPanel } from './placement-panel'
import { SnapshotPlane } from './snapshot-plane'
import { StepPanel } from './step-panel'

/**
 * The card on a headset, where there is no DOM overlay: placement instructions until the twin is
 * locked, then the current step, then "Is it fixed?", with the agent's snapshot above it when
 * there is one. Operated with controller select or pinch.
 */
export function HeadsetCard() {
  const locked = usePlacementState((s) => s.phase === 'locked')
  const done = useGuide(selectDone)
  const step = useGuide(selectStep)
  // The step's photos, opened from the panel; a new step starts with them closed.
  const [mediaOf, setMediaOf] = useState<string | null>(null)
  const showMedia = locked && !done && mediaOf === step.id && step.media.length > 0
  return (
    <>
      {!locked ? (
        <PlacementPanel />
      ) : done ? (
        <OutcomePanel />
      ) : (
        <StepPanel
          mediaOpen={showMedia}
          onToggleMedia={() => setMediaOf(showMedia ? null : step.id)}
        />
      )}
      {showMedia && <MediaPlane media={step.media} onClose={() => setMediaOf(null)} />}
      <SnapshotPlane />
    </>
  )
}
