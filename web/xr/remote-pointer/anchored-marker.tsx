import { useXRStore } from '@react-three/xr'
import { useEffect, useRef } from 'react'
import { type Group, Vector3 } from 'three'
import { useTimedFrame } from '../frame-work'
import { type LandedOn, RemoteMarker } from './remote-marker'

type Props = { id: string; on: LandedOn; position: Vector3; anchor: XRAnchor | null }

const AT_ORIGIN = new Vector3()

/**
 * A marker on a real surface: drawn at once where the hit test landed, then held on the anchor the
 * device keeps there as its tracking of the room improves (the anchor's pose read every frame).
 * While the device has no pose for the anchor the marker stays where it was, rather than
 * vanishing for those frames as it would inside an XRSpace. The anchor is deleted with it.
 */
export function AnchoredMarker({ id, on, position, anchor }: Props) {
  const xr = useXRStore()
  const group = useRef<Group>(null)
  useEffect(() => () => anchor?.delete(), [anchor])
  useTimedFrame((_state, _delta, frame: XRFrame | undefined) => {
    const g = group.current
    const { originReferenceSpace, origin } = xr.getState()
    if (!g || !anchor || !frame || !originReferenceSpace) return
    const p = frame.getPose(anchor.anchorSpace, originReferenceSpace)?.transform.position
    if (!p) return
    g.position.set(p.x, p.y, p.z)
    if (origin) {
      origin.updateWorldMatrix(true, false)
      g.position.applyMatrix4(origin.matrixWorld)
    }
  })
  return (
    <group ref={group} position={position}>
      <RemoteMarker id={id} position={AT_ORIGIN} on={on} />
    </group>
  )
}
