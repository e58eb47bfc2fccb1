import type { XRStore } from '@react-three/xr'
import type { Placement } from './placement-context'
import type { PlacementMethod } from './placement-frame'

export type LockResult = { anchored: boolean; method: PlacementMethod }

/**
 * Fixes the aligned twin in the room. Where the session has the `anchors` feature the pose
 * becomes a WebXR anchor (made by `<AnchorMaker>` in the next XR frame), which the device keeps on
 * the real product as its map of the room improves; otherwise, or if the anchor is refused, the
 * pose stays in the session's local space. Null when there was nothing to lock.
 */
export async function lockTwin(
  xr: XRStore,
  { store, frame }: Placement,
): Promise<LockResult | null> {
  const { phase, method } = store.getState()
  if (phase !== 'aligning' || !method) return null
  const anchors = xr.getState().session?.enabledFeatures?.includes('anchors') ?? false
  const anchor = anchors
    ? await new Promise<XRAnchor | null>((resolve) => {
        frame.anchorRequest?.(null)
        frame.anchorRequest = resolve
      })
    : null
  store.getState().lock(anchor)
  return { anchored: anchor != null, method }
}
