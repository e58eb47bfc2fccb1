import { requestXRAnchor, useXRStore } from '@react-three/xr'
import { Quaternion } from 'three'
import { useTimedFrame } from '../frame-work'
import { usePlacement } from './placement-context'

const upright = new Quaternion()

/**
 * Creates the anchor a lock asked for, inside an XR frame callback: `XRFrame.createAnchor` is only
 * valid while its frame is current, so it cannot wait for a promise from a button handler.
 */
export function AnchorMaker() {
  const xr = useXRStore()
  const { frame } = usePlacement()
  useTimedFrame((_state, _delta, xrFrame: XRFrame | undefined) => {
    const resolve = frame.anchorRequest
    if (!resolve || !xrFrame) return
    frame.anchorRequest = null
    requestXRAnchor(xr, {
      relativeTo: 'world',
      worldPosition: frame.twin.position.clone(),
      worldQuaternion: upright,
      frame: xrFrame,
    }).then(
      (anchor) => resolve(anchor ?? null),
      (err: unknown) => {
        console.warn('The anchor was refused; the twin stays where it is without one.', err)
        resolve(null)
      },
    )
  })
  return null
}
