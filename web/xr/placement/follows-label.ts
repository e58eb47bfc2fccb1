import type { PlacementStore } from './placement-store'

/**
 * True while the label read through the camera steers the twin: then a tap or a trigger pull
 * does not put it down by hand (the customer chooses "Place it by hand" first).
 */
export function followsLabel(store: PlacementStore): boolean {
  const { auto, byHand } = store.getState()
  return auto !== null && !byHand
}
