import { useCallback, useState } from 'react'
import type { Object3D } from 'three'
import { ModelView } from './model-view'
import { QuickLookLink } from './quick-look-link'

/**
 * The 3D side of the guide: the inline view and, on iOS, AR Quick Look. Its own chunk (three.js,
 * the glTF loader, R3F), loaded lazily by the guide so that the step card never waits for it.
 */
export function ModelPane() {
  const [root, setRoot] = useState<Object3D | null>(null)
  const onModel = useCallback((r: Object3D) => setRoot(r), [])
  return (
    <>
      <ModelView onModel={onModel} />
      {root && <QuickLookLink root={root} />}
    </>
  )
}
