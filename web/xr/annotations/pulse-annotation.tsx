import { useMemo, useRef } from 'react'
import { type Box3, type Mesh, Vector3 } from 'three'
import { useTimedFrame } from '../frame-work'
import { accentColors } from './accent'

type Props = { box: Box3; at?: Vector3 | undefined; animate: boolean }

/** A ring around the target that swells and fades, once a second; still when motion is reduced. */
export function PulseAnnotation({ box, at, animate }: Props) {
  const ring = useRef<Mesh>(null)
  const { accent, outline } = useMemo(accentColors, [])
  const size = box.getSize(new Vector3())
  const radius = Math.max(0.01, Math.max(size.x, size.y, size.z) * 0.75)
  const center = at ?? box.getCenter(new Vector3())

  useTimedFrame(({ clock }) => {
    const mesh = ring.current
    if (!mesh || !animate) return
    const k = (clock.elapsedTime % 1.2) / 1.2
    mesh.scale.setScalar(1 + k * 0.6)
    const material = mesh.material
    if (!Array.isArray(material)) material.opacity = 1 - k * 0.8
  })

  return (
    <group position={center}>
      <mesh ref={ring} renderOrder={2}>
        <torusGeometry args={[radius, radius * 0.12, 12, 48]} />
        <meshBasicMaterial color={accent} transparent depthTest={false} />
      </mesh>
      <mesh renderOrder={1}>
        <torusGeometry args={[radius, radius * 0.2, 12, 48]} />
        <meshBasicMaterial color={outline} transparent opacity={0.6} depthTest={false} />
      </mesh>
    </group>
  )
}
