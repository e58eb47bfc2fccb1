import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Box3, Mesh, type Object3D, Raycaster, Vector2, Vector3 } from 'three'
import { findNode } from '../../xr/model/find-node'

/** For end-to-end tests (and the curious): where on screen a click lands on a named part. */
export type FixpointStudioHandle = {
  /** Client coordinates of a point where a click hits `node` first, or null when it is hidden. */
  partPoint: (node: string) => { x: number; y: number } | null
}

declare global {
  interface Window {
    __fixpointStudio?: FixpointStudioHandle
  }
}

/**
 * Installs `window.__fixpointStudio` while the editor's 3D view is open: it samples the part's
 * projected bounds and raycasts like the editor's own picking, so a test clicks where a person would.
 */
export function StudioTestHook({
  root,
  partOf,
}: {
  root: Object3D
  partOf: (o: Object3D) => string | null
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
    window.__fixpointStudio = { partPoint }
    return () => {
      delete window.__fixpointStudio
    }
  }, [root, camera, canvas, partOf])
  return null
}
