import { createStore, type StoreApi } from 'zustand'
import type { PlacementMethod } from './placement-frame'

/** searching: the reticle looks for a surface · aligning: the ghost twin is moved and turned · locked. */
export type PlacementPhase = 'searching' | 'aligning' | 'locked'

export type PlacementState = {
  phase: PlacementPhase
  method: PlacementMethod | null
  /** The WebXR anchor holding the twin once locked, when the device has anchors. */
  anchor: XRAnchor | null
  place: (method: PlacementMethod) => void
  lock: (anchor: XRAnchor | null) => void
  /** Back to the reticle, e.g. to place again or after leaving AR. */
  reset: () => void
}

export type PlacementStore = StoreApi<PlacementState>

/**
 * The discrete facts of placing the twin, one store per AR guide. Poses that change every frame
 * live in the `PlacementFrame` beside it, never here.
 */
export function createPlacementStore(): PlacementStore {
  return createStore<PlacementState>()((set) => ({
    phase: 'searching',
    method: null,
    anchor: null,
    place: (method) => set({ phase: 'aligning', method }),
    lock: (anchor) => set({ phase: 'locked', anchor }),
    reset: () => set({ phase: 'searching', method: null, anchor: null }),
  }))
}
