import { Canvas } from '@react-three/fiber'
import { Suspense, useEffect } from 'react'
import type { Object3D } from 'three'
import { t } from '../../i18n/t'
import { PageStatus } from '../../ui/page-status'
import { StepAnnotation } from '../../xr/annotations/step-annotation'
import { usePrefersReducedMotion } from '../../xr/annotations/use-reduced-motion'
import { useProductModel } from '../../xr/model/use-product-model'
import { CameraRig } from './camera-rig'
import { selectStep, useGuide } from './guide-store'
import { ModelErrorBoundary } from './model-error-boundary'

type Props = { onModel?: ((root: Object3D) => void) | undefined }

function ProductScene({ url, onModel }: Props & { url: string }) {
  const step = useGuide(selectStep)
  const reduced = usePrefersReducedMotion()
  const root = useProductModel(url)
  useEffect(() => onModel?.(root), [onModel, root])
  return (
    <>
      <primitive object={root} />
      <StepAnnotation root={root} step={step} />
      <CameraRig root={root} nodeName={step.target.node} instant={reduced} />
    </>
  )
}

/**
 * The inline 3D view: the product with the current step's annotation, orbit controls and
 * auto-framing. Described for screen readers as a whole; the step card carries the instructions.
 */
export function ModelView({ onModel }: Props) {
  const url = useGuide((s) => s.product.modelUrl)
  if (!url) return null
  return (
    <div className="guide-view" role="img" aria-label={t('guide.view3d')}>
      <ModelErrorBoundary>
        <Suspense fallback={<PageStatus label={t('guide.loadingModel')} />}>
          <Canvas camera={{ fov: 40, near: 0.01, far: 50, position: [0.5, 0.4, 0.7] }} dpr={[1, 2]}>
            <hemisphereLight args={['white', 'gray', 1.2]} />
            <directionalLight position={[1, 2, 1.5]} intensity={1.5} />
            <ProductScene url={url} onModel={onModel} />
          </Canvas>
        </Suspense>
      </ModelErrorBoundary>
    </div>
  )
}
