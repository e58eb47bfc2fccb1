import { useThree } from '@react-three/fiber'
import { type RefObject, useEffect, useLayoutEffect, useMemo } from 'react'
import { Box3, Object3D, Vector3 } from 'three'
import { TransformControls } from 'three/examples/jsm/controls/TransformControls.js'
import { restPose } from '../../xr/model/rest-pose'

type Vec3 = [number, number, number]

type Props = {
  node: Object3D
  translate: Vec3
  /** Called once per drag, on release, with the new offset (millimetres, in the part's space). */
  onCommit: (translate: Vec3) => void
  /** Receives the controls, for the picking guard and the test hook. */
  controlsRef: RefObject<TransformControls | null>
}

const mm = (v: number) => Math.round(v * 1000) / 1000 + 0

/** The part's centre at rest, in its parent's space (where a motion's `translate` applies). */
function restCentre(node: Object3D): Vector3 {
  const parent = node.parent
  if (!parent) return new Vector3()
  const rest = restPose(node)
  // The motion annotation animates the node; measure it at rest and put it back, all in one task.
  const position = node.position.clone()
  const quaternion = node.quaternion.clone()
  node.position.copy(rest.position)
  node.quaternion.copy(rest.quaternion)
  node.updateWorldMatrix(true, true)
  const box = new Box3().setFromObject(node)
  const centre = box.isEmpty() ? node.getWorldPosition(new Vector3()) : box.getCenter(new Vector3())
  node.position.copy(position)
  node.quaternion.copy(quaternion)
  node.updateWorldMatrix(false, true)
  return parent.worldToLocal(centre)
}

/**
 * A translate gizmo for a motion annotation: three's TransformControls on a helper at the part's
 * rest centre plus `translate`. The helper moves under the pointer (that is the live preview); the
 * new offset is committed on release, so one drag is one undo step. Orbiting pauses while dragging.
 */
export function MotionGizmo({ node, translate, onCommit, controlsRef }: Props) {
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
  const orbit = useThree((s) => s.controls) as { enabled: boolean } | null
  const helper = useMemo(() => new Object3D(), [])
  const controls = useMemo(() => new TransformControls(camera, element), [camera, element])
  const centre = useMemo(() => restCentre(node), [node])
  const [x, y, z] = translate

  useEffect(() => {
    // Connected here, not only in the constructor, so a StrictMode remount after dispose works.
    controls.connect(element)
    controls.setMode('translate')
    controls.setSpace('local')
    controlsRef.current = controls
    return () => {
      controlsRef.current = null
      controls.dispose()
    }
  }, [controls, controlsRef, element])

  useLayoutEffect(() => {
    const parent = node.parent
    if (!parent) return
    parent.add(helper)
    controls.attach(helper)
    return () => {
      controls.detach()
      parent.remove(helper)
    }
  }, [node, helper, controls])

  useLayoutEffect(() => {
    helper.position.copy(centre).add(new Vector3(x, y, z))
  }, [helper, centre, x, y, z])

  useEffect(() => {
    const dragging = (e: { value: unknown }) => {
      if (orbit) orbit.enabled = !e.value
    }
    const release = () => {
      const d = helper.position.clone().sub(centre)
      const next: Vec3 = [mm(d.x), mm(d.y), mm(d.z)]
      if (next[0] !== x || next[1] !== y || next[2] !== z) onCommit(next)
      // Snap to the rounded value (or back, when nothing changed).
      helper.position.copy(centre).add(new Vector3(...next))
    }
    controls.addEventListener('dragging-changed', dragging)
    controls.addEventListener('mouseUp', release)
    return () => {
      controls.removeEventListener('dragging-changed', dragging)
      controls.removeEventListener('mouseUp', release)
      if (orbit) orbit.enabled = true
    }
  }, [controls, orbit, helper, centre, x, y, z, onCommit])

  return <primitive object={controls.getHelper()} />
}
