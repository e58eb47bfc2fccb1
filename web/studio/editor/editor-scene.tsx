import { createPortal, type ThreeEvent } from '@react-three/fiber'
import { useCallback, useMemo, useRef, useState } from 'react'
import { Mesh } from 'three'
import type { TransformControls } from 'three/examples/jsm/controls/TransformControls.js'
import { CameraRig } from '../../customer/guide/camera-rig'
import { StepAnnotation } from '../../xr/annotations/step-annotation'
import { findNode } from '../../xr/model/find-node'
import { useProductModel } from '../../xr/model/use-product-model'
import { useEditor } from './editor-store'
import { HoverBox } from './hover-box'
import { MotionGizmo } from './motion-gizmo'
import { createPartResolver } from './part-of'
import { StudioTestHook } from './studio-test-hook'
import { useStepEdit } from './use-step-edit'

type Props = {
  url: string
  parts: readonly { node: string; label: string }[]
  onHover: (node: string | null) => void
}

const round = (v: number) => Math.round(v * 1000) / 1000

/** The model with picking, the hover box and the selected step's live annotation. */
export function EditorScene({ url, parts, onHover }: Props) {
  const root = useProductModel(url)
  const index = useEditor((s) => s.selected)
  const step = useEditor((s) => s.doc.steps[s.selected])
  const patch = useStepEdit(index)
  const [hovered, setHovered] = useState<string | null>(null)
  const down = useRef<{ x: number; y: number } | null>(null)
  const gizmo = useRef<TransformControls | null>(null)
  /** A press on the gizmo (hovered with a mouse, or grabbed by touch) is a drag, never a pick. */
  const onGizmo = () =>
    gizmo.current !== null && (gizmo.current.axis !== null || gizmo.current.dragging)
  const annotation = step?.annotation
  const node = useMemo(
    () => (step?.target.node ? findNode(root, step.target.node) : undefined),
    [root, step?.target.node],
  )
  const commitTranslate = useCallback(
    (translate: [number, number, number]) => {
      if (annotation?.type === 'motion') patch({ annotation: { ...annotation, translate } })
    },
    [annotation, patch],
  )
  const partOf = useMemo(
    () =>
      createPartResolver(
        root,
        parts.map((p) => p.node),
      ),
    [root, parts],
  )

  /** The first hit that belongs to a part; annotation helpers in front of it do not count. */
  const pick = (e: ThreeEvent<PointerEvent>) => {
    e.stopPropagation()
    for (const hit of e.intersections) {
      // Only surfaces: outlines (line segments) have a wide pick threshold and would steal clicks.
      if (!(hit.object instanceof Mesh)) continue
      const node = partOf(hit.object)
      if (node) return { node, point: root.worldToLocal(hit.point.clone()) }
    }
    return null
  }
  const hover = (node: string | null) => {
    setHovered(node)
    onHover(node)
  }

  return (
    <>
      <primitive
        object={root}
        onPointerMove={(e: ThreeEvent<PointerEvent>) => hover(pick(e)?.node ?? null)}
        onPointerOut={() => hover(null)}
        onPointerDown={(e: ThreeEvent<PointerEvent>) => {
          down.current = onGizmo() ? null : { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY }
        }}
        onPointerUp={(e: ThreeEvent<PointerEvent>) => {
          // A click, not the end of an orbit drag: the pointer barely moved since it went down.
          const from = down.current
          down.current = null
          const hit = pick(e)
          if (!from || !hit || !step || onGizmo()) return
          if (Math.hypot(e.nativeEvent.clientX - from.x, e.nativeEvent.clientY - from.y) > 4) return
          const p = hit.point
          patch({ target: { node: hit.node, point: [round(p.x), round(p.y), round(p.z)] } })
        }}
      />
      {step?.target.node && <StepAnnotation root={root} step={step} />}
      {node && annotation?.type === 'motion' && (
        <MotionGizmo
          node={node}
          translate={annotation.translate}
          onCommit={commitTranslate}
          controlsRef={gizmo}
        />
      )}
      {hovered && createPortal(<HoverBox root={root} node={hovered} />, root)}
      <CameraRig root={root} nodeName="" instant />
      {import.meta.env.TEST_HOOKS && <StudioTestHook root={root} partOf={partOf} gizmo={gizmo} />}
    </>
  )
}
