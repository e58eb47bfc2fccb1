import { useMemo, useRef } from 'react'
import { type Box3, type Group, Quaternion, Vector3 } from 'three'
import { useTimedFrame } from '../frame-work'
import { accentColors } from './accent'

type Props = {
  box: Box3
  at?: Vector3 | undefined
  /** The way to push or insert; the arrow comes from the opposite side. Default: from above. */
  direction?: readonly [number, number, number] | undefined
  animate: boolean
}

const UP = new Vector3(0, 1, 0)

/** An arrow whose tip touches the target, pointing along `direction`, nudging towards it. */
export function ArrowAnnotation({ box, at, direction, animate }: Props) {
  const group = useRef<Group>(null)
  const { accent, outline } = useMemo(accentColors, [])
  const size = box.getSize(new Vector3())
  const length = Math.min(0.3, Math.max(0.06, Math.max(size.x, size.y, size.z) * 2))
  const dir = new Vector3(...(direction ?? [0, -1, 0])).normalize()
  if (dir.lengthSq() === 0) dir.set(0, -1, 0)
  const tip = at ?? box.getCenter(new Vector3())
  // The arrow's geometry points down -Y to its tip at the origin; turn -Y onto `dir`.
  const rotation = new Quaternion().setFromUnitVectors(UP.clone().negate(), dir)
  const head = length * 0.3

  useTimedFrame(({ clock }) => {
    const g = group.current
    if (!g) return
    const k = animate ? (Math.sin(clock.elapsedTime * 4) + 1) / 2 : 0.5
    g.position.copy(tip).addScaledVector(dir, -length * 0.15 * k)
  })

  return (
    <group ref={group} position={tip} quaternion={rotation}>
      <mesh position={[0, head / 2, 0]} renderOrder={2}>
        <coneGeometry args={[head * 0.45, head, 24]} />
        <meshBasicMaterial color={accent} depthTest={false} />
      </mesh>
      <mesh position={[0, head + (length - head) / 2, 0]} renderOrder={2}>
        <cylinderGeometry args={[head * 0.16, head * 0.16, length - head, 16]} />
        <meshBasicMaterial color={accent} depthTest={false} />
      </mesh>
      <mesh position={[0, length / 2, 0]} renderOrder={1}>
        <cylinderGeometry args={[head * 0.55, head * 0.25, length * 1.05, 16]} />
        <meshBasicMaterial color={outline} transparent opacity={0.5} depthTest={false} />
      </mesh>
    </group>
  )
}
