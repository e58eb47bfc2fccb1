import { useXRStore } from '@react-three/xr'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { Matrix4, Quaternion, Vector3 } from 'three'
import { createAlignmentFusion } from '../../recognition/label-pose'
import type { Mat4, ProductObservation } from '../../recognition/label-pose/types'
import { LabelTracker } from '../../xr/camera/label-tracker'
import { useTimedFrame } from '../../xr/frame-work'
import { usePlacement, usePlacementState } from '../../xr/placement/placement-context'
import type { PlacementFrame } from '../../xr/placement/placement-frame'
import { useGuideStore } from '../guide/guide-store'
import { markAligned, markSighted } from './ar-timing'
import { lockAndRecord } from './lock-and-record'

/** How often the fused estimate is read and shown (ms). */
const ESTIMATE_EVERY_MS = 100
/**
 * Camera frames are taken every 100 ms until the twin is placed (the customer is waiting for
 * it), then every 250 ms (sightings only correct a locked twin by then).
 */
const SEARCH_INTERVAL_MS = 100
const TRACK_INTERVAL_MS = 250
/** A locked twin moves to a new estimate only when it is off by more than this (mm, degrees). */
const CORRECT_ABOVE_MM = 2
const CORRECT_ABOVE_DEG = 0.5
/** Sightings but no alignment for this long, or no sighting at all for longer: say it cannot. */
const STUCK_AFTER_MS = 12_000
const UNREAD_AFTER_MS = 15_000

const m = new Matrix4()
const position = new Vector3()
const quaternion = new Quaternion()
const scale = new Vector3()

function poseOf(worldFromModel: Mat4): { position: Vector3; quaternion: Quaternion } {
  m.fromArray(worldFromModel).decompose(position, quaternion, scale)
  return { position, quaternion }
}

function differs(frame: PlacementFrame, worldFromModel: Mat4): boolean {
  const p = poseOf(worldFromModel)
  const mm = p.position.distanceTo(frame.twin.position) * 1000
  const deg = (p.quaternion.angleTo(frame.twin.quaternion) * 180) / Math.PI
  return mm > CORRECT_ABOVE_MM || deg > CORRECT_ABOVE_DEG
}

function setTwin(frame: PlacementFrame, worldFromModel: Mat4): void {
  const p = poseOf(worldFromModel)
  frame.twin.position.copy(p.position)
  frame.twin.quaternion.copy(p.quaternion)
}

/**
 * Puts the twin on the real product from its label, read through the camera: every solved
 * sighting goes into the fusion (several viewpoints, outliers rejected); the customer sees its
 * state (looking → hold still / move a little → aligned) with the estimated error; once aligned
 * the twin is placed and anchored there with no gesture, and corrected (a new anchor) when later
 * sightings disagree with it. "Place it by hand" or "Adjust by hand" stop it steering the twin.
 * Mounted in the guide's AR scene when the session has `camera-access` and the product a label.
 */
export function LabelAlignment() {
  const placement = usePlacement()
  const { store, frame, label } = placement
  const xr = useXRStore()
  const guide = useGuideStore()
  const fusion = useMemo(() => createAlignmentFusion(), [])
  const placed = usePlacementState((s) => s.phase !== 'searching')
  const clock = useRef({ started: 0, lastEstimate: 0, firstSighting: 0, correcting: false })

  useEffect(() => {
    store.getState().setAuto({ phase: 'looking', errorMm: null, stuck: false })
    return () => store.getState().setAuto(null)
  }, [store])

  // The fused estimate, shown and acted on: on every sighting (the twin is placed the moment it
  // aligns, not at the next estimate tick) and every ESTIMATE_EVERY_MS in the XR frame loop
  // (the phase also changes with time: lost, stuck).
  const update = useCallback(
    (now: number) => {
      const c = clock.current
      if (c.started === 0) c.started = now
      c.lastEstimate = now
      const estimate = fusion.estimate(now)
      const errorMm = estimate.errorMm === null ? null : Math.max(1, Math.round(estimate.errorMm))
      const stuck =
        estimate.phase !== 'aligned' &&
        (c.firstSighting > 0
          ? now - c.firstSighting > STUCK_AFTER_MS
          : now - c.started > UNREAD_AFTER_MS)
      const s = store.getState()
      s.setAuto({ phase: estimate.phase, errorMm, stuck })
      if (s.byHand || estimate.phase !== 'aligned' || !estimate.worldFromModel) return
      if (s.phase === 'searching') {
        setTwin(frame, estimate.worldFromModel)
        markAligned()
        s.place('label')
        // The anchor is made in the next XR frame (AnchorMaker).
        void lockAndRecord(xr, placement, guide, errorMm === null ? {} : { errorMm })
        return
      }
      // Seen again and the twin is off: move it, with a new anchor where the device has them.
      if (s.phase !== 'locked' || s.method !== 'label' || c.correcting) return
      if (!differs(frame, estimate.worldFromModel)) return
      setTwin(frame, estimate.worldFromModel)
      if (!s.anchor) return
      c.correcting = true
      frame.anchorRequest?.(null)
      frame.anchorRequest = (anchor) => {
        c.correcting = false
        if (anchor && store.getState().phase === 'locked') store.getState().lock(anchor)
      }
    },
    [fusion, store, frame, xr, placement, guide],
  )

  const onObservation = useCallback(
    (obs: ProductObservation) => {
      if (clock.current.firstSighting === 0) {
        clock.current.firstSighting = obs.at
        markSighted()
      }
      fusion.add(obs)
      update(performance.now())
    },
    [fusion, update],
  )

  useTimedFrame(() => {
    const now = performance.now()
    if (clock.current.started === 0) clock.current.started = now
    if (now - clock.current.lastEstimate < ESTIMATE_EVERY_MS) return
    update(now)
  })

  return (
    <LabelTracker
      label={label}
      onObservation={onObservation}
      intervalMs={placed ? TRACK_INTERVAL_MS : SEARCH_INTERVAL_MS}
    />
  )
}
