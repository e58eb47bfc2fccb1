import { useThree } from '@react-three/fiber'
import { type RefObject, useEffect } from 'react'
import { Box3, Mesh, type Object3D, Quaternion, Raycaster, Vector2, Vector3 } from 'three'
import type { TransformControls } from 'three/examples/jsm/controls/TransformControls.js'
import { findNode } from '../../xr/model/find-node'

/** For end-to-end tests (and the curious): where on screen a click lands on a named part. */
export type FixpointStudioHandle = {
  /** Client coordinates of a point where a click hits `node` first, or null when it is hidden. */
  partPoint: (node: string) => { x: number; y: number } | null
  /** Client coordinates of the middle of the motion gizmo's arrow for `axis`, or null when none. */
  gizmoPoint: (axis: 'X' | 'Y' | 'Z') => { x: number; y: number } | null
}

declare global {
  interface Window {
    __fixpointStudio?: FixpointStudioHandle
  }
}

/**
 * Installs `window.__fixpointStudio` while the editor's 3D view is open: it samples the part's
 * projected bounds and raycasts like the editor's own picking, so a test clicks where a person would.
 * Mounted only in the test build (`import.meta.env.TEST_HOOKS`), so production drops this module.
 */
export function StudioTestHook({
  root,
  partOf,
  gizmo,
}: {
  root: Object3D
  partOf: (o: Object3D) => string | null
  gizmo: RefObject<TransformControls | null>
}) {
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  useEffect(() => {
    const raycaster = new Raycaster()
    const partPoint = (name: string) => {
      const node = findNode(root, name)
      if (!node) return null
      root.updateWorldMatrix(true, true)
      const box = new Box3().setFromObject(node)
      const min = new Vector2(1, 1)
      const max = new Vector2(-1, -1)
      for (let i = 0; i < 8; i++) {
        const c = new Vector3(
          i & 1 ? box.max.x : box.min.x,
          i & 2 ? box.max.y : box.min.y,
          i & 4 ? box.max.z : box.min.z,
        ).project(camera)
        min.min(new Vector2(c.x, c.y))
        max.max(new Vector2(c.x, c.y))
      }
      const rect = canvas.getBoundingClientRect()
      const n = 9
      for (let gy = 1; gy < n; gy++)
        for (let gx = 1; gx < n; gx++) {
          const ndc = new Vector2(
            min.x + ((max.x - min.x) * gx) / n,
            min.y + ((max.y - min.y) * gy) / n,
          )
          raycaster.setFromCamera(ndc, camera)
          const first = raycaster
            .intersectObject(root, true)
            .filter((hit) => hit.object instanceof Mesh)
            .map((hit) => partOf(hit.object))
            .find((p) => p !== null)
          if (first === name)
            return {
              x: rect.left + ((ndc.x + 1) / 2) * rect.width,
              y: rect.top + ((1 - ndc.y) / 2) * rect.height,
            }
        }
      return null
    }
    /** Walks out from the gizmo along the axis on screen, asking the gizmo which handle is hit. */
    const gizmoPoint = (axis: 'X' | 'Y' | 'Z') => {
      const controls = gizmo.current
      const object = controls?.object
      if (!controls || !object || controls.dragging) return null
      const origin = object.getWorldPosition(new Vector3())
      const unit = new Vector3(axis === 'X' ? 1 : 0, axis === 'Y' ? 1 : 0, axis === 'Z' ? 1 : 0)
      const along = origin
        .clone()
        .add(unit.applyQuaternion(object.getWorldQuaternion(new Quaternion())).multiplyScalar(0.01))
      const a = origin.project(camera)
      const b = along.project(camera)
      const dir = new Vector2(b.x - a.x, b.y - a.y).normalize()
      const rect = canvas.getBoundingClientRect()
      const hits: Vector2[] = []
      for (let px = 4; px < 300; px += 2) {
        const ndc = new Vector2(
          a.x + (dir.x * px * 2) / rect.width,
          a.y + (dir.y * px * 2) / rect.height,
        )
        // The controls read only x, y (NDC) and button from their pointer; the typings say PointerEvent.
        controls.pointerHover({ x: ndc.x, y: ndc.y, button: -1 } as unknown as PointerEvent)
        if (controls.axis === axis) hits.push(ndc)
      }
      controls.axis = null
      const mid = hits[Math.floor(hits.length / 2)]
      if (!mid) return null
      return {
        x: rect.left + ((mid.x + 1) / 2) * rect.width,
        y: rect.top + ((1 - mid.y) / 2) * rect.height,
      }
    }
    window.__fixpointStudio = { partPoint, gizmoPoint }
    return () => {
      delete window.__fixpointStudio
    }
  }, [root, camera, canvas, partOf, gizmo])
  return null
}
