import { usePlacementState } from '../../xr/placement/placement-context'
import { selectDone, useGuide } from '../guide/guide-store'
import { OutcomePanel } from './outcome-panel'
import { PlacementPanel } from './placement-panel'
import { StepPanel } from './step-panel'

/**
 * The card on a headset, where there is no DOM overlay: placement instructions until the twin is
 * locked, then the current step, then "Is it fixed?". Operated with controller select or pinch.
 */
export function HeadsetCard() {
  const locked = usePlacementState((s) => s.phase === 'locked')
  const done = useGuide(selectDone)
  if (!locked) return <PlacementPanel />
  return done ? <OutcomePanel /> : <StepPanel />
}
