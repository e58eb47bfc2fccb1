import { useMemo, useRef } from 'react'
import type { Group } from 'three'
import { useTimedFrame } from '../frame-work'
import { tokenColor } from '../token-color'
import { exposeValue } from './automation'
import { usePlacement } from './placement-context'
import { placementTarget } from './placement-frame'

/**
 * The ring that shows where the device finds a surface ahead, and so where a trigger (or a tap
 * on a phone that finds nothing under the finger, or aims at the label) would put the twin: on
 * the surface found this frame, or at the fallback point (thinner) when there is none.
 */
export function Reticle() {
  const { frame } = usePlacement()
  const group = useRef<Group>(null)
  const ring = useRef<Group>(null)
  const accent = useMemo(() => tokenColor('--color-accent'), [])
  const outline = useMemo(() => tokenColor('--color-accent-outline'), [])
  useTimedFrame(() => {
    const g = group.current
    if (!g) return
    const target = placementTarget(frame)
    exposeValue('surface', target.method)
    g.position.copy(target.position)
    if (ring.current) ring.current.scale.setScalar(target.method === 'hit-test' ? 1 : 0.7)
  })
  return (
    <group ref={group} name="reticle">
      <group ref={ring} rotation-x={-Math.PI / 2}>
        <mesh renderOrder={1}>
          <ringGeometry args={[0.055, 0.085, 48]} />
          <meshBasicMaterial color={outline} depthTest={false} transparent />
        </mesh>
        <mesh renderOrder={2}>
          <ringGeometry args={[0.062, 0.078, 48]} />
          <meshBasicMaterial color={accent} depthTest={false} transparent />
        </mesh>
      </group>
    </group>
  )
}
