import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { Box3, type Object3D, PerspectiveCamera, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { useTimedFrame } from '../../xr/frame-work'
import { findNode } from '../../xr/model/find-node'

type Props = {
  root: Object3D
  nodeName: string
  instant: boolean
  /** The step's motion, when it moves the part: the framing holds both ends of it. */
  motion?: readonly [number, number, number] | undefined
  /** Changing it frames the target again (the "Show the part" button). */
  frameKey?: number
  /** The customer orbited or zoomed away from the framed view. */
  onMovedAway?: () => void
}

/** How much of the view's smaller side the target's bounding sphere is framed to fill. */
const PART_SHARE = 0.4
/**
 * Around a small part, at least this share of the product's radius stays in view on each side of
 * it (its neighbours show where on the product it is; orbit or zoom out for the rest).
 */
const CONTEXT_SHARE = 0.05

/**
 * Orbit controls plus auto-framing: when the step changes, the camera glides to the target part,
 * turning towards the side of the product the part is on, close enough that the part fills a good
 * share of the view and far enough to see where on the product it is (never farther than the whole
 * product needs). A drag by the customer stops the glide; `frameKey` frames it again. Per-frame
 * state stays in refs.
 */
export function CameraRig({ root, nodeName, instant, motion, frameKey = 0, onMovedAway }: Props) {
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
  const set = useThree((s) => s.set)
  const controls = useMemo(() => new OrbitControls(camera, element), [camera, element])
  const goal = useRef<{ target: Vector3; distance: number; direction: Vector3 } | null>(null)
  const movedAway = useRef(onMovedAway)
  movedAway.current = onMovedAway

  useEffect(() => {
    controls.enableDamping = true
    const stop = () => {
      goal.current = null
      movedAway.current?.()
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

  // biome-ignore lint/correctness/useExhaustiveDependencies: frameKey asks for the same framing again
  useEffect(() => {
    root.updateWorldMatrix(true, true)
    const whole = new Box3().setFromObject(root)
    const node = findNode(root, nodeName)
    const part = node ? new Box3().setFromObject(node) : whole
    // Both ends of the step's motion (the part at rest, and moved): it is shown moving.
    if (node && motion) {
      // The motion is in the part's parent's space.
      const parent = node.parent ?? root
      const shift = parent
        .localToWorld(new Vector3(...motion))
        .sub(parent.localToWorld(new Vector3()))
      part.union(part.clone().translate(shift))
    }
    const wholeRadius = whole.getSize(new Vector3()).length() / 2
    const partRadius = part.getSize(new Vector3()).length() / 2
    const perspective = camera instanceof PerspectiveCamera ? camera : null
    const vertical = ((perspective?.fov ?? 40) * Math.PI) / 180
    const aspect = perspective?.aspect || 1
    const horizontal = 2 * Math.atan(Math.tan(vertical / 2) * aspect)
    const half = Math.tan(Math.min(vertical, horizontal) / 2)
    // Distances at which a sphere of radius r fills `share` of the view's smaller side.
    const fill = (r: number, share: number) => r / (half * share)
    const distance = Math.min(
      Math.max(fill(partRadius, PART_SHARE), fill(partRadius + wholeRadius * CONTEXT_SHARE, 1)),
      fill(wholeRadius, 0.9),
    )
    // Towards the side of the product the part is on, from where the camera looks now.
    const center = part.getCenter(new Vector3())
    const offset = center.clone().sub(whole.getCenter(new Vector3()))
    const direction = camera.position.clone().sub(controls.target).normalize()
    if (direction.lengthSq() === 0) direction.set(0.6, 0.5, 1).normalize()
    if (offset.length() > wholeRadius * 0.2) direction.addScaledVector(offset.normalize(), 1.2)
    direction.y = Math.max(direction.y, 0.25 * direction.length())
    direction.normalize()
    controls.minDistance = Math.min(wholeRadius * 0.3, distance * 0.5)
    controls.maxDistance = wholeRadius * 12
    goal.current = { target: center, distance, direction }
  }, [root, nodeName, motion, controls, camera, frameKey])

  useTimedFrame((_, delta) => {
    const g = goal.current
    if (g) {
      const k = instant ? 1 : 1 - Math.exp(-delta * 4)
      const direction = camera.position.clone().sub(controls.target).normalize()
      if (direction.lengthSq() === 0) direction.set(0.6, 0.5, 1).normalize()
      direction.lerp(g.direction, k).normalize()
      const distance = camera.position.distanceTo(controls.target)
      controls.target.lerp(g.target, k)
      const nextDistance = distance + (g.distance - distance) * k
      camera.position.copy(controls.target).addScaledVector(direction, nextDistance)
      if (
        controls.target.distanceTo(g.target) < 1e-4 &&
        Math.abs(nextDistance - g.distance) < 1e-4 &&
        direction.distanceTo(g.direction) < 1e-4
      )
        goal.current = null
    }
    controls.update(delta)
  })
  return null
}
