import { createContext, type ReactNode, useContext } from 'react'
import { useStore } from 'zustand'
import type { LabelPose } from '../../../server/domain/product'
import type { PlacementFrame } from './placement-frame'
import type { PlacementState, PlacementStore } from './placement-store'

/** One AR guide's placement: its store, its per-frame object and the product's label pose, if any. */
export type Placement = { store: PlacementStore; frame: PlacementFrame; label: LabelPose | null }

const PlacementContext = createContext<Placement | null>(null)

/** Makes one AR guide's placement (store and per-frame object) available to the scene and overlay. */
export function PlacementProvider({ value, children }: { value: Placement; children: ReactNode }) {
  return <PlacementContext.Provider value={value}>{children}</PlacementContext.Provider>
}

/** The placement store and per-frame object of the AR guide around this component. */
export function usePlacement(): Placement {
  const placement = useContext(PlacementContext)
  if (!placement) throw new Error('usePlacement is used outside a <PlacementProvider>')
  return placement
}

/** Reads a discrete placement fact (phase, method, anchor). */
export function usePlacementState<T>(selector: (s: PlacementState) => T): T {
  return useStore(usePlacement().store, selector)
}
