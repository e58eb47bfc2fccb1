import { Canvas, useThree } from '@react-three/fiber'
import { Suspense, useCallback, useEffect } from 'react'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { Procedure } from '../../server/domain/procedure'
import { getProduct } from '../api/products'
import { CameraRig } from '../customer/guide/camera-rig'
import { ModelErrorBoundary } from '../customer/guide/model-error-boundary'
import { t } from '../i18n/t'
import { PageStatus } from '../ui/page-status'
import { useAsync } from '../ui/use-async'
import { StepAnnotation } from '../xr/annotations/step-annotation'
import { usePrefersReducedMotion } from '../xr/annotations/use-reduced-motion'
import { useProductModel } from '../xr/model/use-product-model'

type Step = Procedure['steps'][number]
type Props = {
  productId: string
  procedure: Procedure
  stepId: string
  /** The customer's video is on the agent's screen: the model view gives way to it. */
  videoPlaying?: boolean
}

/**
 * How often the model view is drawn while nothing asks for a frame: its annotations' pulse and
 * glide need a steady clock, not the display's 60 frames a second. The agent's view is reference
 * beside the customer's live video, and on a machine without a GPU (a virtual desktop, say) each
 * frame of it is drawn on the CPU the call's video needs; an orbit or a change still draws at once
 * (demand frame loop).
 */
const IDLE_FPS = 20
/**
 * The same while the customer's video plays: every frame of the model view makes the page draw
 * again, and in software GL that halved the video frames the agent saw (the shared-view bench:
 * 5–6 frames/s presented with 20 here, 11 with none). The pulse still moves; an orbit is as fast.
 */
const IDLE_FPS_WITH_VIDEO = 5

function Redraw({ fps }: { fps: number }) {
  const invalidate = useThree((s) => s.invalidate)
  const controls = useThree((s) => s.controls)
  useEffect(() => {
    const id = setInterval(() => invalidate(), 1000 / fps)
    return () => clearInterval(id)
  }, [invalidate, fps])
  // The agent orbiting: every move drawn as it happens.
  useEffect(() => {
    if (!(controls instanceof OrbitControls)) return
    const draw = () => invalidate()
    controls.addEventListener('change', draw)
    return () => controls.removeEventListener('change', draw)
  }, [controls, invalidate])
  return null
}

function ProductAtStep({ url, step }: { url: string; step: Step }) {
  const root = useProductModel(url)
  const reduced = usePrefersReducedMotion()
  return (
    <>
      <primitive object={root} />
      <StepAnnotation root={root} step={step} />
      <CameraRig root={root} nodeName={step.target.node} instant={reduced} />
    </>
  )
}

/**
 * The product's 3D model with one step's annotation, framed on its part: the step the customer
 * is stuck on, or the one the agent picked in the procedure. Loaded lazily with three.js, so the
 * queue never downloads it.
 */
export function AgentModelView({ productId, procedure, stepId, videoPlaying = false }: Props) {
  const load = useCallback(() => getProduct(productId), [productId])
  const product = useAsync(load)
  const index = procedure.steps.findIndex((s) => s.id === stepId)
  const step = procedure.steps[index]
  if (!step) return null
  const url = product.status === 'ok' ? product.data.modelUrl : null
  return (
    <section className="stack" aria-labelledby="agent-model-title" data-testid="agent-model">
      <h2 id="agent-model-title">{t('agent.modelTitle')}</h2>
      <p data-step={step.id} data-testid="agent-model-step">
        {t('agent.modelStep', { index: index + 1, title: step.title })}
      </p>
      {product.status === 'loading' && <PageStatus label={t('agent.modelLoading')} />}
      {(product.status === 'error' || (product.status === 'ok' && !url)) && (
        <p className="alert" role="status">
          {t('agent.modelFailed')}
        </p>
      )}
      {url && (
        <div
          className="agent-model"
          role="img"
          aria-label={t('agent.modelLabel', { index: index + 1 })}
        >
          <ModelErrorBoundary>
            <Suspense fallback={<PageStatus label={t('agent.modelLoading')} />}>
              <Canvas
                frameloop="demand"
                camera={{ fov: 40, near: 0.01, far: 50, position: [0.5, 0.4, 0.7] }}
              >
                <Redraw fps={videoPlaying ? IDLE_FPS_WITH_VIDEO : IDLE_FPS} />
                <hemisphereLight args={['white', 'gray', 1.2]} />
                <directionalLight position={[1, 2, 1.5]} intensity={1.5} />
                <ProductAtStep url={url} step={step} />
              </Canvas>
            </Suspense>
          </ModelErrorBoundary>
        </div>
      )}
    </section>
  )
}
