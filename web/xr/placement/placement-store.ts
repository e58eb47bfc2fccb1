import { createStore, type StoreApi } from 'zustand'
import type { AlignmentPhase } from '../../recognition/label-pose/types'
import type { PlacementMethod } from './placement-frame'

/** searching: the reticle looks for a surface · aligning: the ghost twin is moved and turned · locked. */
export type PlacementPhase = 'searching' | 'aligning' | 'locked'

/**
 * Alignment from the label read through the camera, as the customer sees it: the phase
 * (looking for the label → hold still / move a little → aligned) and the estimated error in mm,
 * rounded so the store changes only when the words on screen would.
 */
export type AutoAlignment = {
  phase: AlignmentPhase
  errorMm: number | null
  /** The label has been seen for a while without aligning: say plainly that it cannot here. */
  stuck: boolean
}

export type PlacementState = {
  phase: PlacementPhase
  method: PlacementMethod | null
  /** The WebXR anchor holding the twin once locked, when the device has anchors. */
  anchor: XRAnchor | null
  /** Label alignment, while the session reads the camera and the product has a label; else null. */
  auto: AutoAlignment | null
  /** The customer took over by hand: label sightings no longer move the twin. */
  byHand: boolean
  /** Tap-the-label placement (no camera access): the next tap is on the label's centre. */
  tapLabel: boolean
  place: (method: PlacementMethod) => void
  lock: (anchor: XRAnchor | null) => void
  /** Back to the reticle, e.g. to place again or after leaving AR. */
  reset: () => void
  setAuto: (auto: AutoAlignment | null) => void
  /** Manual placement instead of (or on top of) label alignment; `false` hands back to the label. */
  setByHand: (byHand: boolean) => void
  setTapLabel: (on: boolean) => void
}

export type PlacementStore = StoreApi<PlacementState>

/**
 * The discrete facts of placing the twin, one store per AR guide. Poses that change every frame
 * live in the `PlacementFrame` beside it, never here.
 */
export function createPlacementStore(): PlacementStore {
  return createStore<PlacementState>()((set, get) => ({
    phase: 'searching',
    method: null,
    anchor: null,
    auto: null,
    byHand: false,
    tapLabel: false,
    place: (method) => set({ phase: 'aligning', method, tapLabel: false }),
    lock: (anchor) => {
      const old = get().anchor
      // A corrected pose gets a new anchor: the old one is released, not leaked.
      if (old && old !== anchor) release(old)
      set({ phase: 'locked', anchor })
    },
    reset: () => {
      const old = get().anchor
      if (old) release(old)
      set({ phase: 'searching', method: null, anchor: null, tapLabel: false })
    },
    setAuto: (auto) => {
      const now = get().auto
      if (
        now?.phase === auto?.phase &&
        now?.errorMm === auto?.errorMm &&
        now?.stuck === auto?.stuck
      )
        return
      set({ auto })
    },
    setByHand: (byHand) => set({ byHand }),
    setTapLabel: (tapLabel) => set({ tapLabel }),
  }))
}

/** Lets the device forget an anchor; one from a session that has ended is already gone. */
function release(anchor: XRAnchor): void {
  try {
    anchor.delete()
  } catch (err) {
    console.warn('An old anchor could not be released.', err)
  }
}
