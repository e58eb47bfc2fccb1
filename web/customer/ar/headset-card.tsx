import { usePlacementState } from '../../xr/placement/placement-context'
import { selectDone, useGuide } from '../guide/guide-store'
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
  return (
    <>
      {!locked ? <PlacementPanel /> : done ? <OutcomePanel /> : <StepPanel />}
      <SnapshotPlane />
    </>
  )
}
