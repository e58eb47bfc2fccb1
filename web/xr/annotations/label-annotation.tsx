import { useEffect, useMemo } from 'react'
import { type Box3, Vector3 } from 'three'
import { tokenColor } from '../token-color'
import { accentColors } from './accent'
import { labelTexture } from './label-texture'

type Props = { box: Box3; at?: Vector3 | undefined; text: string }

/** A billboard label just above the target, with a thin leader line down to it. */
export function LabelAnnotation({ box, at, text }: Props) {
  const colors = useMemo(accentColors, [])
  const { texture, aspect } = useMemo(
    () => labelTexture(text, { ...colors, text: tokenColor('--color-on-overlay') }),
    [text, colors],
  )
  useEffect(() => () => texture.dispose(), [texture])
  const size = box.getSize(new Vector3())
  const height = Math.min(0.05, Math.max(0.025, size.y))
  const anchor = at ?? box.getCenter(new Vector3())
  const top = new Vector3(anchor.x, box.max.y + height * 1.5, anchor.z)
  const leader = useMemo(
    () => new Float32Array([anchor.x, anchor.y, anchor.z, top.x, top.y, top.z]),
    [anchor.x, anchor.y, anchor.z, top.x, top.y, top.z],
  )

  return (
    <>
      <sprite position={top} scale={[height * aspect, height, 1]} renderOrder={3}>
        <spriteMaterial map={texture} depthTest={false} transparent />
      </sprite>
      <lineSegments renderOrder={2}>
        <bufferGeometry>
          <bufferAttribute attach="attributes-position" args={[leader, 3]} />
        </bufferGeometry>
        <lineBasicMaterial color={colors.accent} depthTest={false} />
      </lineSegments>
    </>
  )
}
