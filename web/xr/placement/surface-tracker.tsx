import { useXRHitTest, useXRInputSourceState, useXRSessionFeatureEnabled } from '@react-three/xr'
import { Matrix4, Vector3 } from 'three'
import { timed, useTimedFrame } from '../frame-work'
import { fallbackPosition } from './fallback-pose'
import { usePlacement } from './placement-context'

const up = new Vector3(0, 1, 0)
const matrix = new Matrix4()

/**
 * Keeps the placement frame's surface point current: hit-tests along the right controller's ray on
 * a headset, or from the centre of the view on a phone, every frame. Without the `hit-test`
 * feature only the fallback point (1 m ahead, table height) is kept, and placement uses it.
 */
export function SurfaceTracker() {
  const hitTest = useXRSessionFeatureEnabled('hit-test')
  const { frame } = usePlacement()
  useTimedFrame(({ camera }) => {
    const { position, forward, right } = frame.viewer
    camera.getWorldPosition(position)
    camera.getWorldDirection(forward)
    fallbackPosition(position, forward, frame.fallback)
    forward.setY(0)
    if (forward.lengthSq() < 1e-6) forward.set(0, 0, -1)
    forward.normalize()
    right.crossVectors(forward, up).normalize()
  })
  return hitTest ? <SurfaceHitTest /> : null
}

function SurfaceHitTest() {
  const { frame } = usePlacement()
  const controller = useXRInputSourceState('controller', 'right')
  const space = controller?.inputSource.targetRaySpace ?? 'viewer'
  useXRHitTest(
    timed((results, getWorldMatrix) => {
      const first = results[0]
      frame.hit.valid = first != null && getWorldMatrix(matrix, first)
      if (!frame.hit.valid) return
      frame.hit.position.setFromMatrixPosition(matrix)
      // A hit pose's Y axis is the surface normal (WebXR hit test).
      frame.hit.normal.setFromMatrixColumn(matrix, 1).normalize()
    }),
    space,
  )
  return null
}
