import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import type { LabelPose } from '../../../server/domain/product'
import type { LabelCorners, ProductObservation } from '../../recognition/label-pose/types'
import { useTimedFrame } from '../frame-work'
import { exposeValue } from '../placement/automation'
import { LabelCapture } from './label-capture'
import { threePassState } from './three-pass-state'

export type LabelTrackerProps = {
  /** The product's label pose; without it codes are still read, but no pose is solved. */
  label?: LabelPose | null
  /** Every solved product pose (world from model, in the XR reference space three.js uses). */
  onObservation?: (observation: ProductObservation) => void
  /** Every code read, with its corners in the grey frame (pixels, rows top-down). */
  onCode?: (text: string, corners: LabelCorners) => void
  /** Milliseconds between camera frames taken (default 200); may change while reading. */
  intervalMs?: number
}

/**
 * Reads the product's QR label through the XR camera (`camera-access`) inside AR, a few frames per
 * second off the main thread, and reports each code and each product pose it solves. Mount it
 * only when the session has `camera-access`. Renders nothing.
 */
export function LabelTracker({ label, onObservation, onCode, intervalMs }: LabelTrackerProps) {
  const renderer = useThree((s) => s.gl)
  const capture = useRef<LabelCapture | null>(null)
  const handlers = useRef({ onObservation, onCode })
  handlers.current = { onObservation, onCode }

  useEffect(() => {
    const gl = renderer.getContext()
    if (!(gl instanceof WebGL2RenderingContext)) return
    const c = new LabelCapture(
      gl,
      {
        onCode: (text, corners) => {
          exposeValue('label.code', text)
          handlers.current.onCode?.(text, corners)
        },
        onObservation: (observation) => {
          exposeValue('label.observation', JSON.stringify(observation))
          exposeValue('label.observedAt', String(performance.now()))
          handlers.current.onObservation?.(observation)
        },
        onStats: (stats) => exposeValue('label.stats', JSON.stringify(stats)),
      },
      { pass: threePassState(renderer) },
    )
    capture.current = c
    return () => {
      c.dispose()
      capture.current = null
    }
  }, [renderer])

  useEffect(() => {
    if (!capture.current) return
    capture.current.label = label ?? null
    capture.current.intervalMs = intervalMs ?? 200
  })

  useTimedFrame((_state, _delta, frame?: XRFrame) => {
    if (frame) capture.current?.tick(frame, renderer.xr)
  })
  return null
}
