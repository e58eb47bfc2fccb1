import { useEffect, useMemo } from 'react'
import { BufferGeometry, LineBasicMaterial, LineLoop, LineSegments, Vector3 } from 'three'
import type { LabelPose } from '../../../server/domain/product'
import { tokenColor } from '../../xr/token-color'
import { labelCorners } from './label-pose-edit'

/**
 * The printed QR symbol's square where the label will be, 1 mm off the face so it is not hidden in
 * it, with a tick above the top edge showing which way the symbol reads. In model space (render it
 * inside the model's root); never hit by picking.
 */
export function LabelOutline({ pose }: { pose: LabelPose }) {
  const objects = useMemo(() => {
    const corners = labelCorners(pose, 0.001).map((c) => new Vector3(...c))
    const [tl, tr] = corners as [Vector3, Vector3]
    const up = new Vector3(...pose.up)
    const side = pose.sizeMm / 1000
    const mid = tl.clone().lerp(tr, 0.5)
    const apex = mid.clone().addScaledVector(up, side * 0.2)
    const material = new LineBasicMaterial({ color: tokenColor('--color-focus'), depthTest: false })
    const square = new LineLoop(new BufferGeometry().setFromPoints(corners), material)
    const tick = new LineSegments(
      new BufferGeometry().setFromPoints([
        tl.clone().lerp(tr, 0.3),
        apex,
        apex,
        tl.clone().lerp(tr, 0.7),
      ]),
      material,
    )
    for (const o of [square, tick]) {
      o.raycast = () => {}
      o.renderOrder = 10
    }
    return { square, tick, material }
  }, [pose])
  useEffect(
    () => () => {
      objects.square.geometry.dispose()
      objects.tick.geometry.dispose()
      objects.material.dispose()
    },
    [objects],
  )
  return (
    <>
      <primitive object={objects.square} />
      <primitive object={objects.tick} />
    </>
  )
}
