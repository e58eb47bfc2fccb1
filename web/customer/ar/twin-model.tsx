import { useEffect } from 'react'
import { StepAnnotation } from '../../xr/annotations/step-annotation'
import { useTimedFrame } from '../../xr/frame-work'
import { findNode } from '../../xr/model/find-node'
import { useProductModel } from '../../xr/model/use-product-model'
import { exposeValue } from '../../xr/placement/automation'
import { setOccluder } from '../../xr/placement/occluder'
import { usePlacementState } from '../../xr/placement/placement-context'
import { selectStep, useGuide } from '../guide/guide-store'

/**
 * The product's GLB as the twin, with the current step's annotation on its target part once the
 * twin is locked (while aligning, the ghost alone keeps the real product visible). Locked on the
 * real product from its label, the twin is an occluder: invisible, hiding what the real body
 * hides, with only the step's target part shown. Placed by hand beside the product, it stays a
 * visible copy. A product without a model gets a plain box of roughly its size to align with.
 */
export function TwinModel() {
  const url = useGuide((s) => s.product.modelUrl)
  return url ? <ProductTwin url={url} /> : <PlaceholderTwin />
}

function ProductTwin({ url }: { url: string }) {
  const root = useProductModel(url)
  const step = useGuide(selectStep)
  const locked = usePlacementState((s) => s.phase === 'locked')
  const onProduct = usePlacementState(
    (s) => s.phase === 'locked' && (s.method === 'label' || s.method === 'label-tap'),
  )
  const target = findNode(root, step.target.node) ?? null
  const annotated = locked && target != null
  useEffect(() => {
    exposeValue('annotation', annotated ? `${step.annotation.type}:${step.target.node}` : '')
    exposeValue('twinDrawn', onProduct ? 'occluder' : 'copy')
  }, [annotated, step, onProduct])
  // Before the ghost (priority 0) each frame, so the two never wrap each other's materials.
  useTimedFrame(() => setOccluder(root, target, onProduct), -1)
  return (
    <>
      <primitive object={root} />
      {/* In AR the motion is the instruction, anchored to the product: it always plays. */}
      {locked && <StepAnnotation root={root} step={step} respectReducedMotion={false} />}
    </>
  )
}

function PlaceholderTwin() {
  return (
    <mesh position={[0, 0.1, 0]}>
      <boxGeometry args={[0.3, 0.2, 0.2]} />
      <meshStandardMaterial />
    </mesh>
  )
}
