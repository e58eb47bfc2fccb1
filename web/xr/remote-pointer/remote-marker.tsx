import { useLayoutEffect, useMemo, useRef } from 'react'
import { BackSide, type Group, type Mesh, type Vector3 } from 'three'
import { accentColors } from '../annotations/accent'
import { useTimedFrame } from '../frame-work'
import { exposeTarget, exposeValue } from '../placement/automation'

export type LandedOn = 'twin' | 'surface' | 'ray'

type Props = { id: string; position: Vector3; on: LandedOn }

const RADIUS = 0.018

/**
 * Where the agent pointed, in the customer's room: an accent dot with a dark outline and a halo
 * that swells and fades, drawn over everything so it shows even inside the product.
 */
export function RemoteMarker({ id, position, on }: Props) {
  const { accent, outline } = useMemo(accentColors, [])
  const group = useRef<Group>(null)
  const halo = useRef<Mesh>(null)

  // At the commit, when the marker joins the scene (a passive effect can run a frame later).
  useLayoutEffect(() => {
    const g = group.current
    if (!g) return
    exposeValue('remoteMarker', on)
    return exposeTarget(`marker:${id}`, g)
  }, [id, on])

  useTimedFrame(({ clock }) => {
    const mesh = halo.current
    if (!mesh) return
    const k = (clock.elapsedTime % 1.4) / 1.4
    mesh.scale.setScalar(1 + k * 1.5)
    const material = mesh.material
    if (!Array.isArray(material)) material.opacity = 0.7 * (1 - k)
  })

  return (
    <group ref={group} position={position} name={`remote-marker:${id}`} userData={{ remote: true }}>
      <mesh renderOrder={11} userData={{ remote: true }}>
        <sphereGeometry args={[RADIUS, 24, 16]} />
        <meshBasicMaterial color={accent} depthTest={false} transparent toneMapped={false} />
      </mesh>
      <mesh renderOrder={10} scale={1.35} userData={{ remote: true }}>
        <sphereGeometry args={[RADIUS, 24, 16]} />
        <meshBasicMaterial color={outline} side={BackSide} depthTest={false} transparent />
      </mesh>
      <mesh ref={halo} renderOrder={9} userData={{ remote: true }}>
        <sphereGeometry args={[RADIUS * 1.6, 24, 16]} />
        <meshBasicMaterial color={accent} depthTest={false} transparent toneMapped={false} />
      </mesh>
    </group>
  )
}
