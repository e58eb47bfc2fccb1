import { useXRHitTest } from '@react-three/xr'
import { useMemo, useRef } from 'react'
import { Matrix4, type Mesh, Vector3 } from 'three'
import { tokenColor } from './token-color'

export type Vec3 = [number, number, number]

const matrix = new Matrix4()

type Props = { onFirstHit: (position: Vec3) => void }

/**
 * Hit-tests straight ahead from the viewer every frame and shows a reticle where the ray meets the
 * room. The pose stays in refs (per-frame data never enters React state); only the first hit is
 * reported, as a discrete fact.
 */
export function HitProbe({ onFirstHit }: Props) {
  const reticle = useRef<Mesh>(null)
  const reported = useRef(false)
  const position = useMemo(() => new Vector3(), [])
  const color = useMemo(() => tokenColor('--color-accent'), [])

  useXRHitTest((results, getWorldMatrix) => {
    const first = results[0]
    const mesh = reticle.current
    if (!first || !getWorldMatrix(matrix, first)) {
      if (mesh) mesh.visible = false
      return
    }
    position.setFromMatrixPosition(matrix)
    if (mesh) {
      mesh.visible = true
      mesh.position.copy(position)
    }
    if (!reported.current) {
      reported.current = true
      onFirstHit([position.x, position.y, position.z])
    }
  }, 'viewer')

  return (
    <mesh ref={reticle} visible={false} rotation-x={-Math.PI / 2}>
      <ringGeometry args={[0.06, 0.08, 32]} />
      <meshBasicMaterial color={color} />
    </mesh>
  )
}
