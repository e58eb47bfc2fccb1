import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Color, Line, Mesh, MeshBasicMaterial, type Object3D, Sprite } from 'three'
import { findNode } from '../../xr/model/find-node'

/** Where the target is drawn in the canvas, in device pixels, measured from a render of it alone. */
export type TargetPixels = {
  width: number
  height: number
  /** Bounds of the target's pixels (inclusive), null when none were drawn. */
  box: { x0: number; y0: number; x1: number; y1: number } | null
  /** How many pixels the target covers. */
  pixels: number
  /** A 1-bit mask, row by row from the top, as a string of '0'/'1' per pixel (for comparisons). */
  mask: string
}

/** For end-to-end tests of the 3D guide: move between steps, measure the target, drop annotations. */
export type FixpointGuideHandle = {
  /** The procedure's step ids, in order. */
  stepIds: () => string[]
  goTo: (stepId: string) => void
  /** The target of the current step, rendered alone in white on black from the current camera. */
  targetPixels: () => TargetPixels
  /** Show or hide the step's annotation and emphasis (the same view without them, to compare). */
  setAnnotated: (on: boolean) => void
  /** The view as drawn now (a frame rendered and read back): RGBA rows from the top, base64. */
  framePixels: () => string
}

declare global {
  interface Window {
    __fixpointGuide?: FixpointGuideHandle
  }
}

type Props = {
  root: Object3D
  node: string
  stepIds: () => string[]
  goTo: (stepId: string) => void
  setAnnotated: (on: boolean) => void
}

/**
 * Installs `window.__fixpointGuide` in the test build. `targetPixels` renders one extra frame with
 * only the target's meshes visible, flat white on black, reads it back and restores everything: an
 * independent measure of where the target is on screen (the GPU's projection, not the framing code's
 * sums).
 */
export function GuideTestHook({ root, node, stepIds, goTo, setAnnotated }: Props) {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  useEffect(() => {
    const targetPixels = (): TargetPixels => {
      const target = findNode(root, node)
      const inTarget = new Set<Object3D>()
      target?.traverse((o) => inTarget.add(o))
      // Materials, not visibility: a hidden parent would hide a target inside it too.
      const white = new MeshBasicMaterial({ color: 'white' })
      const nothing = new MeshBasicMaterial({ colorWrite: false, depthWrite: false })
      const restore: (() => void)[] = []
      scene.traverse((o) => {
        // Sprites and lines (a label's text, a highlight's edges) are not the part: not drawn.
        if ((o instanceof Sprite || o instanceof Line) && o.visible) {
          o.visible = false
          restore.push(() => {
            o.visible = true
          })
        }
        if (!(o instanceof Mesh)) return
        const original = o.material
        o.material = inTarget.has(o) && !o.userData.fixpointEmphasis ? white : nothing
        restore.push(() => {
          o.material = original
        })
      })
      const background = scene.background
      scene.background = new Color('black')
      gl.render(scene, camera)
      const ctx = gl.getContext()
      const width = ctx.drawingBufferWidth
      const height = ctx.drawingBufferHeight
      const px = new Uint8Array(width * height * 4)
      ctx.readPixels(0, 0, width, height, ctx.RGBA, ctx.UNSIGNED_BYTE, px)
      scene.background = background
      for (const r of restore) r()
      white.dispose()
      nothing.dispose()
      gl.render(scene, camera)
      let box: TargetPixels['box'] = null
      let pixels = 0
      const rows: string[] = []
      for (let y = 0; y < height; y++) {
        // readPixels starts at the bottom row.
        const src = height - 1 - y
        let row = ''
        for (let x = 0; x < width; x++) {
          const on = (px[(src * width + x) * 4] ?? 0) > 127
          row += on ? '1' : '0'
          if (!on) continue
          pixels++
          box = box
            ? {
                x0: Math.min(box.x0, x),
                y0: Math.min(box.y0, y),
                x1: Math.max(box.x1, x),
                y1: Math.max(box.y1, y),
              }
            : { x0: x, y0: y, x1: x, y1: y }
        }
        rows.push(row)
      }
      return { width, height, box, pixels, mask: rows.join('') }
    }
    const framePixels = () => {
      gl.render(scene, camera)
      const ctx = gl.getContext()
      const width = ctx.drawingBufferWidth
      const height = ctx.drawingBufferHeight
      const px = new Uint8Array(width * height * 4)
      ctx.readPixels(0, 0, width, height, ctx.RGBA, ctx.UNSIGNED_BYTE, px)
      let out = ''
      const row = width * 4
      for (let y = height - 1; y >= 0; y--)
        out += String.fromCharCode(...px.subarray(y * row, (y + 1) * row))
      return btoa(out)
    }
    window.__fixpointGuide = { stepIds, goTo, targetPixels, setAnnotated, framePixels }

    return () => {
      delete window.__fixpointGuide
    }
  }, [gl, scene, camera, root, node, stepIds, goTo, setAnnotated])
  return null
}
