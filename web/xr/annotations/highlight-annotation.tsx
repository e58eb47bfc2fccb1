import { useLayoutEffect } from 'react'
import {
  Color,
  EdgesGeometry,
  LineBasicMaterial,
  LineSegments,
  type Material,
  Mesh,
  MeshStandardMaterial,
  type Object3D,
} from 'three'
import { accentColors } from './accent'

type Props = { node: Object3D; color?: string | undefined }

/**
 * Tints the target part in the accent colour (emissive, so it reads in any light) and traces its
 * edges in the dark outline colour; everything is restored when the step changes.
 */
export function HighlightAnnotation({ node, color }: Props) {
  useLayoutEffect(() => {
    const { accent, outline } = accentColors()
    const tint = color ? new Color(color) : accent
    const undo: (() => void)[] = []
    const meshes: Mesh[] = []
    node.traverse((o) => {
      // Not the outline and see-through copies TargetEmphasis adds to the part.
      if (o instanceof Mesh && !o.userData.fixpointEmphasis) meshes.push(o)
    })
    for (const mesh of meshes) {
      const original: Material | Material[] = mesh.material
      const lit = new MeshStandardMaterial({ color: tint, emissive: tint, emissiveIntensity: 0.6 })
      mesh.material = lit
      const line = new LineBasicMaterial({ color: outline })
      const edges = new LineSegments(new EdgesGeometry(mesh.geometry, 30), line)
      mesh.add(edges)
      undo.push(() => {
        mesh.material = original
        mesh.remove(edges)
        edges.geometry.dispose()
        line.dispose()
        lit.dispose()
      })
    }
    return () => {
      for (const u of undo) u()
    }
  }, [node, color])
  return null
}
