import { useThree } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Box3, type Object3D, type PerspectiveCamera, Sphere, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'

/** Where the camera looks from: the product's sides (its front faces +Z) or the default corner. */
export type ViewSide = 'corner' | 'front' | 'back' | 'left' | 'right' | 'top'

const DIRECTIONS: Record<ViewSide, [number, number, number]> = {
  corner: [0.5, 0.4, 0.7],
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [-1, 0, 0],
  right: [1, 0, 0],
  // Not straight down: orbit controls keep +Y up and cannot look exactly along it.
  top: [0, 1, 0.02],
}

/**
 * Orbit controls around the model, and a camera that jumps to look at the whole model from `side`
 * whenever `request` changes. No damping: the view stops where the pointer or wheel left it.
 */
export function LabelViewRig({
  root,
  side,
  request,
}: {
  root: Object3D
  side: ViewSide
  request: number
}) {
  const camera = useThree((s) => s.camera)
  const element = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const controls = useMemo(() => {
    const c = new OrbitControls(camera, element)
    // The wheel zooms towards what is under the pointer, so a small label can be brought close.
    c.zoomToCursor = true
    return c
  }, [camera, element])
  useEffect(() => () => controls.dispose(), [controls])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `request` asks for the same side again
  useEffect(() => {
    root.updateWorldMatrix(true, true)
    const sphere = new Box3().setFromObject(root).getBoundingSphere(new Sphere())
    const fov = ((camera as PerspectiveCamera).fov ?? 40) * (Math.PI / 180)
    const distance = (sphere.radius / Math.sin(fov / 2)) * 1.05
    const direction = new Vector3(...DIRECTIONS[side]).normalize()
    controls.minDistance = sphere.radius * 0.1
    controls.maxDistance = distance * 4
    controls.target.copy(sphere.center)
    camera.position.copy(sphere.center).addScaledVector(direction, distance)
    camera.lookAt(sphere.center)
    controls.update()
    invalidate()
  }, [root, side, request, camera, controls, invalidate])
  return null
}
