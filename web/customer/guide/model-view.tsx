import { Canvas } from '@react-three/fiber'
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { Object3D } from 'three'
import { t } from '../../i18n/t'
import { PageStatus } from '../../ui/page-status'
import { StepAnnotation } from '../../xr/annotations/step-annotation'
import { usePrefersReducedMotion } from '../../xr/annotations/use-reduced-motion'
import { useProductModel } from '../../xr/model/use-product-model'
import { CameraRig } from './camera-rig'
import { selectStep, useGuide, useGuideStore } from './guide-store'
import { ModelErrorBoundary } from './model-error-boundary'

/** Test build only (`import.meta.env.TEST_HOOKS`): production drops the module. */
const GuideTestHook = import.meta.env.TEST_HOOKS
  ? lazy(() => import('./guide-test-hook').then((m) => ({ default: m.GuideTestHook })))
  : null

type Props = { onModel?: ((root: Object3D) => void) | undefined }
type Framing = { frameKey: number; onMovedAway: () => void }

function ProductScene({ url, onModel, frameKey, onMovedAway }: Props & Framing & { url: string }) {
  const step = useGuide(selectStep)
  const store = useGuideStore()
  const reduced = usePrefersReducedMotion()
  const root = useProductModel(url)
  const [annotated, setAnnotated] = useState(true)
  useEffect(() => onModel?.(root), [onModel, root])
  return (
    <>
      <primitive object={root} />
      {annotated && <StepAnnotation root={root} step={step} />}
      <CameraRig
        root={root}
        nodeName={step.target.node}
        motion={step.annotation.type === 'motion' ? step.annotation.translate : undefined}
        instant={reduced}
        frameKey={frameKey}
        onMovedAway={onMovedAway}
      />
      {GuideTestHook && (
        <Suspense fallback={null}>
          <GuideTestHook
            root={root}
            node={step.target.node}
            stepIds={() => store.getState().procedure.steps.map((s) => s.id)}
            goTo={(id) => store.getState().goTo(id)}
            setAnnotated={setAnnotated}
          />
        </Suspense>
      )}
    </>
  )
}

/**
 * The inline 3D view: the product with the current step's annotation, orbit controls and
 * auto-framing. Described for screen readers as a whole; the step card carries the instructions.
 */
export function ModelView({ onModel }: Props) {
  const url = useGuide((s) => s.product.modelUrl)
  const stepId = useGuide((s) => selectStep(s).id)
  const [frameKey, setFrameKey] = useState(0)
  const [away, setAway] = useState(false)
  const onMovedAway = useCallback(() => setAway(true), [])
  // A new step is framed afresh, so the way back is not needed until the customer moves again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step changing is the trigger
  useEffect(() => setAway(false), [stepId])
  if (!url) return null
  return (
    <div className="guide-view">
      <div className="guide-canvas" role="img" aria-label={t('guide.view3d')}>
        <ModelErrorBoundary>
          <Suspense fallback={<PageStatus label={t('guide.loadingModel')} />}>
            <Canvas
              camera={{ fov: 40, near: 0.01, far: 50, position: [0.5, 0.4, 0.7] }}
              dpr={[1, 2]}
            >
              <hemisphereLight args={['white', 'gray', 1.2]} />
              <directionalLight position={[1, 2, 1.5]} intensity={1.5} />
              <ProductScene
                url={url}
                onModel={onModel}
                frameKey={frameKey}
                onMovedAway={onMovedAway}
              />
            </Canvas>
          </Suspense>
        </ModelErrorBoundary>
      </div>
      {away && (
        <div className="guide-view-tools">
          <button
            type="button"
            className="button"
            onClick={() => {
              setFrameKey((k) => k + 1)
              setAway(false)
            }}
          >
            {t('guide.showPart')}
          </button>
        </div>
      )}
    </div>
  )
}
