import type { XRStore } from '@react-three/xr'
import { lockTwin } from '../../xr/placement/lock-twin'
import type { Placement } from '../../xr/placement/placement-context'
import type { GuideStore } from '../guide/guide-store'
import { markAnchored, markLocked } from './ar-timing'

/**
 * Locks the twin and records `placed` with whether it is anchored and how it was placed (and, from
 * the label, the estimated error in `extra`).
 */
export async function lockAndRecord(
  xr: XRStore,
  placement: Placement,
  guide: GuideStore,
  extra: Record<string, number | string> = {},
): Promise<void> {
  markLocked()
  const result = await lockTwin(xr, placement)
  if (result?.anchored) markAnchored()
  if (result) guide.getState().record('placed', { ...result, ...extra })
}
