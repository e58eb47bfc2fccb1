import type { Document } from '@gltf-transform/core'
import type { LabelPose } from '../../server/domain/product'
import { angleDeg, distanceMm, measureLabelFace } from './label-measure'

/** Tolerances between a declared label pose and the symbol drawn on the model. */
export const LABEL_TOLERANCE = { centerMm: 1, angleDeg: 1, sizeRatio: 0.01 }

const fmt = (v: readonly number[]) => `(${v.map((x) => Number(x.toFixed(4))).join(', ')})`

/**
 * What differs between `product.json`'s `label` and the QR symbol on the GLB's `label` node, one
 * message per field (path `label.<field>`), empty when they agree within `LABEL_TOLERANCE`.
 */
export function labelProblems(
  doc: Document,
  label: LabelPose,
): { path: string; message: string }[] {
  const m = measureLabelFace(doc)
  if (typeof m === 'string') return [{ path: 'label', message: m }]
  const problems: { path: string; message: string }[] = []
  const off = distanceMm(label.center, m.center)
  if (off > LABEL_TOLERANCE.centerMm)
    problems.push({
      path: 'label.center',
      message: `is ${off.toFixed(1)} mm from the QR symbol's centre on the model's label face ${fmt(m.center)}`,
    })
  const tilt = angleDeg(label.normal, m.normal)
  if (tilt > LABEL_TOLERANCE.angleDeg)
    problems.push({
      path: 'label.normal',
      message: `is ${tilt.toFixed(1)}° off the model's label face normal ${fmt(m.normal)}`,
    })
  if (m.mirrored)
    problems.push({
      path: 'label',
      message: "the model's label texture reads mirrored from the front of its face",
    })
  const turn = angleDeg(label.up, m.up)
  if (turn > LABEL_TOLERANCE.angleDeg)
    problems.push({
      path: 'label.up',
      message: `is ${turn.toFixed(1)}° off the direction of the QR symbol's top edge on the model ${fmt(m.up)}`,
    })
  for (const [side, mm] of [
    ['width', m.widthMm],
    ['height', m.heightMm],
  ] as const)
    if (Math.abs(mm - label.sizeMm) > LABEL_TOLERANCE.sizeRatio * label.sizeMm)
      problems.push({
        path: 'label.sizeMm',
        message: `is ${label.sizeMm} mm but the QR symbol on the model's label face is ${mm.toFixed(2)} mm ${side}`,
      })
  return problems
}
