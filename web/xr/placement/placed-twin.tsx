import { XRSpace } from '@react-three/xr'
import { type ReactNode, useCallback, useMemo, useRef } from 'react'
import { Box3, Box3Helper, type Group } from 'three'
import { useTimedFrame } from '../frame-work'
import { tokenColor } from '../token-color'
import { exposeTarget } from './automation'
import { setGhost } from './ghost'
import { usePlacement, usePlacementState } from './placement-context'

type Props = { children: ReactNode }

/**
 * The product's digital twin where the customer put it. While aligning (adjusting a locked twin
 * by hand included) it follows the placement frame's pose and is drawn as a ghost with an accent
 * outline; once locked it sits in its WebXR anchor's space (the device keeps it on the real
 * product), or stays at the last pose in the session's local space when the device has no anchors.
 */
export function PlacedTwin({ children }: Props) {
  const { frame } = usePlacement()
  const phase = usePlacementState((s) => s.phase)
  // Adjusted by hand after a lock, it follows the finger or ray again, not its old anchor (a new
  // one is made when it is locked again).
  const anchor = usePlacementState((s) => (s.phase === 'locked' ? s.anchor : null))
  const pose = useRef<Group>(null)
  const turned = useRef<Group>(null)
  const model = useRef<Group>(null)
  const ghosted = useRef({ on: false, meshes: -1 })
  const outline = useMemo(() => {
    const helper = new Box3Helper(new Box3(), tokenColor('--color-accent'))
    helper.name = 'twin-outline'
    return helper
  }, [])
  const aligning = phase === 'aligning'
  // The twin's group is a new object once anchored: tests find whichever is current.
  const twinRef = useCallback((g: Group | null) => {
    model.current = g
    if (!g) return
    const unexpose = exposeTarget('twin', g)
    return () => {
      unexpose()
      model.current = null
    }
  }, [])

  useTimedFrame(() => {
    const g = pose.current
    if (g) {
      g.position.copy(frame.twin.position)
      g.quaternion.copy(frame.twin.quaternion)
    }
    // Anchored: the anchor holds the position with the room's axes, the twin its own turn.
    turned.current?.quaternion.copy(frame.twin.quaternion)
    const m = model.current
    if (!m) return
    // Models load asynchronously: re-apply the ghost when meshes appear or the phase changes.
    const count = setGhostIfNeeded(m, aligning, ghosted.current)
    if (aligning && count > 0) outline.box.setFromObject(m)
  })

  const twin = (
    <group ref={twinRef} name="twin">
      {children}
    </group>
  )
  if (phase === 'searching') return null
  return (
    <>
      {anchor ? (
        <XRSpace space={anchor.anchorSpace}>
          <group ref={turned} quaternion={frame.twin.quaternion.clone()}>
            {twin}
          </group>
        </XRSpace>
      ) : (
        // Mounted where the twin is now: never drawn (or read) at the origin before the next frame.
        <group
          ref={pose}
          position={frame.twin.position.clone()}
          quaternion={frame.twin.quaternion.clone()}
        >
          {twin}
        </group>
      )}
      {aligning && <primitive object={outline} />}
    </>
  )
}

function setGhostIfNeeded(
  model: Group,
  on: boolean,
  state: { on: boolean; meshes: number },
): number {
  let meshes = 0
  model.traverse(() => {
    meshes += 1
  })
  if (state.on === on && state.meshes === meshes) return meshes
  setGhost(model, on)
  state.on = on
  state.meshes = meshes
  return meshes
}
