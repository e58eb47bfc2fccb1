import { type ReactNode, useRef } from 'react'
import { type Group, Vector3 } from 'three'
import { useTimedFrame } from '../frame-work'
import { usePlacement } from './placement-context'

type Props = { placeKey: string; children: ReactNode }

const DISTANCE = 0.6
const BELOW_EYES = 0.32
/** To the left of where the viewer looks, so the panel does not cover the product. */
const SIDE = (25 * Math.PI) / 180
const TOO_FAR = 1.5
const TOO_WIDE = Math.cos((75 * Math.PI) / 180)

const dir = new Vector3()
const toPanel = new Vector3()

/**
 * Holds its children (the in-scene panel) still in the room, facing the viewer, a little below
 * and to the left of their gaze. It moves only when `placeKey` changes or the viewer walks away
 * or turns from it, never while they point at a button.
 */
export function FollowViewer({ placeKey, children }: Props) {
  const { frame } = usePlacement()
  const group = useRef<Group>(null)
  const state = useRef({ key: '', frames: 0 })
  useTimedFrame(() => {
    const g = group.current
    if (!g) return
    const s = state.current
    s.frames += 1
    // The first frames may still carry the pose from before the session.
    g.visible = s.frames > 2
    if (!g.visible) return
    const { position, forward, right } = frame.viewer
    toPanel.subVectors(g.position, position).setY(0).normalize()
    const moved =
      s.key !== placeKey ||
      g.position.distanceTo(position) > TOO_FAR ||
      toPanel.dot(forward) < TOO_WIDE
    if (!moved || frame.overPanel > 0) return
    s.key = placeKey
    dir.copy(forward).multiplyScalar(Math.cos(SIDE)).addScaledVector(right, -Math.sin(SIDE))
    g.position.copy(position).addScaledVector(dir, DISTANCE)
    g.position.y = position.y - BELOW_EYES
    g.lookAt(position.x, g.position.y, position.z)
  })
  return <group ref={group}>{children}</group>
}
