import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Box3, type Object3D, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { useTimedFrame } from '../../xr/frame-work'
import { findNode } from '../../xr/model/find-node'

type Props = { root: Object3D; nodeName: string; instant: boolean }

/**
 * Orbit controls plus auto-framing: when the step changes, the camera glides to the target part
 * (keeping the viewing direction), close enough to see it and far enough to see where it is. A
 * drag by the customer stops the glide. Per-frame state stays in refs.
 */
export function CameraRig({ root, nodeName, instant }: Props) {
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
  const set = useThree((s) => s.set)
  const controls = useMemo(() => new OrbitControls(camera, element), [camera, element])
  const goal = useRef<{ target: Vector3; distance: number } | null>(null)

  useEffect(() => {
    controls.enableDamping = true
    const stop = () => {
      goal.current = null
    }
    controls.addEventListener('start', stop)
    // The scene's default controls, so other tools (the studio's gizmo) can pause orbiting.
    set({ controls })
    return () => {
      controls.removeEventListener('start', stop)
      set({ controls: null })
      controls.dispose()
    }
  }, [controls, set])

  useEffect(() => {
    root.updateWorldMatrix(true, true)
    const whole = new Box3().setFromObject(root)
    const node = findNode(root, nodeName)
    const part = node ? new Box3().setFromObject(node) : whole
    const wholeSize = whole.getSize(new Vector3()).length()
    const partSize = part.getSize(new Vector3()).length()
    controls.minDistance = wholeSize * 0.15
    controls.maxDistance = wholeSize * 6
    goal.current = {
      target: part.getCenter(new Vector3()),
      distance: Math.max(partSize * 3, wholeSize * 1.4),
    }
  }, [root, nodeName, controls])

  useTimedFrame((_, delta) => {
    const g = goal.current
    if (g) {
      const k = instant ? 1 : 1 - Math.exp(-delta * 4)
      const direction = camera.position.clone().sub(controls.target).normalize()
      if (direction.lengthSq() === 0) direction.set(0.6, 0.5, 1).normalize()
      const distance = camera.position.distanceTo(controls.target)
      controls.target.lerp(g.target, k)
      const nextDistance = distance + (g.distance - distance) * k
      camera.position.copy(controls.target).addScaledVector(direction, nextDistance)
      if (controls.target.distanceTo(g.target) < 1e-4 && Math.abs(nextDistance - g.distance) < 1e-4)
        goal.current = null
    }
    controls.update(delta)
  })
  return null
}
