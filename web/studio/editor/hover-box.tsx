import { useMemo } from 'react'
import { Box3Helper, type Object3D } from 'three'
import { boxInRoot, findNode } from '../../xr/model/find-node'
import { tokenColor } from '../../xr/token-color'

/** A box around the part under the pointer, in root's space; never hit by picking itself. */
export function HoverBox({ root, node }: { root: Object3D; node: string }) {
  const helper = useMemo(() => {
    const found = findNode(root, node)
    if (!found) return null
    const h = new Box3Helper(boxInRoot(root, found), tokenColor('--color-focus'))
    h.raycast = () => {}
    return h
  }, [root, node])
  return helper ? <primitive object={helper} /> : null
}
