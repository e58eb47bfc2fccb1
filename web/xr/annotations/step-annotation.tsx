import { createPortal } from '@react-three/fiber'
import { useMemo } from 'react'
import { type Object3D, Vector3 } from 'three'
import type { Step } from '../../../server/domain/procedure'
import { boxInRoot, findNode } from '../model/find-node'
import { ArrowAnnotation } from './arrow-annotation'
import { HighlightAnnotation } from './highlight-annotation'
import { LabelAnnotation } from './label-annotation'
import { MotionAnnotation } from './motion-annotation'
import { PulseAnnotation } from './pulse-annotation'
import { TargetEmphasis } from './target-emphasis'
import { usePrefersReducedMotion } from './use-reduced-motion'

type Props = {
  /** The product model's root (from `useProductModel`); annotations are placed in its space. */
  root: Object3D
  step: Pick<Step, 'target' | 'annotation'>
  /**
   * Honour prefers-reduced-motion (the default, for the inline 3D view). In AR, pass false: the
   * motion is the instruction, and it is anchored to the real product rather than moving the view.
   */
  respectReducedMotion?: boolean
}

/** A target smaller than this share of the product's size also gets an arrow pointing at it. */
const SMALL_PART = 0.25

/**
 * The step's annotation on its target part: found by node name in `root`, drawn in root's own
 * space (so it follows the model wherever it is placed, inline or in AR). Whatever the annotation,
 * the target is outlined and the rest of the product quieter (TargetEmphasis), and a small part
 * gets a steady arrow to it. Unknown nodes draw nothing.
 */
export function StepAnnotation({ root, step, respectReducedMotion = true }: Props) {
  const reduced = usePrefersReducedMotion()
  const animate = !(respectReducedMotion && reduced)
  const node = useMemo(() => findNode(root, step.target.node), [root, step.target.node])
  const box = useMemo(() => (node ? boxInRoot(root, node) : null), [root, node])
  const small = useMemo(() => {
    if (!box) return false
    const whole = boxInRoot(root, root).getSize(new Vector3()).length()
    return box.getSize(new Vector3()).length() < whole * SMALL_PART
  }, [root, box])
  const point = step.target.point
  const at = useMemo(() => (point ? new Vector3(...point) : undefined), [point])
  if (!node || !box) return null
  const a = step.annotation
  const content = (() => {
    switch (a.type) {
      case 'highlight':
        return <HighlightAnnotation node={node} color={a.color} />
      case 'pulse':
        return <PulseAnnotation box={box} at={at} animate={animate} />
      case 'arrow':
        return <ArrowAnnotation box={box} at={at} direction={a.direction} animate={animate} />
      case 'label':
        return <LabelAnnotation box={box} at={at} text={a.text} />
      case 'motion':
        return (
          <MotionAnnotation
            node={node}
            translate={a.translate}
            rotate={a.rotate}
            durationMs={a.durationMs}
            animate={animate}
          />
        )
    }
  })()
  const color = a.type === 'highlight' ? a.color : undefined
  return (
    <>
      <TargetEmphasis root={root} node={node} tint={a.type !== 'highlight'} color={color} />
      {createPortal(
        <>
          {content}
          {small && a.type !== 'arrow' && <ArrowAnnotation box={box} at={at} animate={false} />}
        </>,
        root,
      )}
    </>
  )
}
