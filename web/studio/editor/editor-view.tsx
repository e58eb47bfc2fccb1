import { Canvas } from '@react-three/fiber'
import { Suspense, useState } from 'react'
import { ModelErrorBoundary } from '../../customer/guide/model-error-boundary'
import { t } from '../../i18n/t'
import { PageStatus } from '../../ui/page-status'
import { EditorScene } from './editor-scene'

type Props = { modelUrl: string | null; parts: readonly { node: string; label: string }[] }

/**
 * The product in 3D beside the step form: hover shows which part is under the pointer, a click makes
 * it the selected step's target, and the step's annotation plays with its current parameters.
 */
export function EditorView({ modelUrl, parts }: Props) {
  const [hovered, setHovered] = useState<string | null>(null)
  if (!modelUrl) return <p className="muted">{t('editor.noModel')}</p>
  const label = parts.find((p) => p.node === hovered)?.label ?? hovered
  return (
    <div className="stack">
      <div className="editor-view" data-testid="editor-view">
        <ModelErrorBoundary>
          <Suspense fallback={<PageStatus label={t('guide.loadingModel')} />}>
            <Canvas
              camera={{ fov: 40, near: 0.01, far: 50, position: [0.5, 0.4, 0.7] }}
              dpr={[1, 2]}
              aria-label={t('editor.view3d')}
            >
              <hemisphereLight args={['white', 'gray', 1.2]} />
              <directionalLight position={[1, 2, 1.5]} intensity={1.5} />
              <EditorScene url={modelUrl} parts={parts} onHover={setHovered} />
            </Canvas>
          </Suspense>
        </ModelErrorBoundary>
      </div>
      <p className="muted" role="status">
        {label ? t('editor.hovered', { label }) : t('editor.view3d')}
      </p>
    </div>
  )
}
