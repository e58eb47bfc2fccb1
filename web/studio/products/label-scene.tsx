import { createPortal, type ThreeEvent } from '@react-three/fiber'
import { useRef } from 'react'
import { Matrix3, Mesh, type Vector3 } from 'three'
import type { LabelPose } from '../../../server/domain/product'
import { useProductModel } from '../../xr/model/use-product-model'
import { LabelOutline } from './label-outline'
import type { Vec3 } from './label-pose-edit'
import { LabelViewRig, type ViewSide } from './label-view-rig'

/** A click on the model: the point and the outward normal of the face hit, in model space. */
export type FaceHit = { point: Vec3; normal: Vec3 }

type Props = {
  url: string
  pose: LabelPose | null
  side: ViewSide
  viewRequest: number
  onPick: (hit: FaceHit | null) => void
}

const toVec3 = (v: Vector3): Vec3 => [v.x, v.y, v.z]

/** The model, clickable: a click (not an orbit drag) reports the face under the pointer. */
export function LabelScene({ url, pose, side, viewRequest, onPick }: Props) {
  const root = useProductModel(url)
  const down = useRef<{ x: number; y: number } | null>(null)

  const faceHit = (e: ThreeEvent<PointerEvent>): FaceHit | null => {
    for (const hit of e.intersections) {
      if (!(hit.object instanceof Mesh) || !hit.face) continue
      // The face's normal in world space, turned towards the viewer (a double-sided face seen
      // from behind), then into the model root's space like the point.
      const normal = hit.face.normal
        .clone()
        .applyMatrix3(new Matrix3().getNormalMatrix(hit.object.matrixWorld))
        .normalize()
      if (normal.dot(e.ray.direction) > 0) normal.negate()
      const toRoot = root.matrixWorld.clone().invert()
      return {
        point: toVec3(root.worldToLocal(hit.point.clone())),
        normal: toVec3(normal.transformDirection(toRoot)),
      }
    }
    return null
  }

  return (
    <>
      <primitive
        object={root}
        onPointerDown={(e: ThreeEvent<PointerEvent>) => {
          down.current = { x: e.nativeEvent.clientX, y: e.nativeEvent.clientY }
        }}
        onPointerUp={(e: ThreeEvent<PointerEvent>) => {
          const from = down.current
          down.current = null
          // A click, not the end of an orbit drag: the pointer barely moved since it went down.
          if (!from) return
          if (Math.hypot(e.nativeEvent.clientX - from.x, e.nativeEvent.clientY - from.y) > 4) return
          e.stopPropagation()
          onPick(faceHit(e))
        }}
      />
      {pose && createPortal(<LabelOutline pose={pose} />, root)}
      <LabelViewRig root={root} side={side} request={viewRequest} />
    </>
  )
}
