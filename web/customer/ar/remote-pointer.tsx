import { createPortal, flushSync, useThree } from '@react-three/fiber'
import { useXRSessionFeatureEnabled, useXRStore } from '@react-three/xr'
import { useEffect, useRef, useState } from 'react'
import type { Object3D, Vector3 } from 'three'
import { type StoreApi, useStore } from 'zustand'
import { useTimedFrame } from '../../xr/frame-work'
import { AnchoredMarker } from '../../xr/remote-pointer/anchored-marker'
import { createPointerJobs, type Landing } from '../../xr/remote-pointer/pointer-jobs'
import { RemoteMarker } from '../../xr/remote-pointer/remote-marker'
import { type HelpState, useHelpContext } from '../help/help-store'

/**
 * A landed point: on the twin it lives in the twin's space, so it stays on the product; on a
 * surface, on its anchor once the device has made one, so it stays on the real surface.
 */
type Placed = Omit<Landing, 'point' | 'anchor'> & {
  position: Vector3
  parent: Object3D | null
  anchor: XRAnchor | null
}

const KEEP = 10

/**
 * The agent's points as 3D markers in the customer's room (a remote AR pointer): each point that
 * arrives during the session is hit-tested along the ray through it in the frame the agent saw
 * (the shared AR view carries one), or else from the matching point of the viewer's view, and
 * marked where it lands, on the placed twin when that is nearer than the room's surfaces.
 * Strokes stay 2D (the overlay draws them); `clear` removes the markers.
 */
export function RemotePointer() {
  const ctx = useHelpContext()
  return ctx ? <Pointer store={ctx.store} /> : null
}

function Pointer({ store }: { store: StoreApi<HelpState> }) {
  const marks = useStore(store, (s) => s.marks)
  const xr = useXRStore()
  const scene = useThree((s) => s.scene)
  const hitTest = useXRSessionFeatureEnabled('hit-test')
  const [jobs] = useState(createPointerJobs)
  const seen = useRef<Set<string> | null>(null)
  const [placed, setPlaced] = useState<Placed[]>([])
  const current = useRef(placed)
  current.current = placed

  useEffect(() => {
    const ids = new Set(marks.map((m) => m.id))
    // Points made before the session were made on another view: they are not landed here.
    if (!seen.current) {
      seen.current = ids
      return
    }
    if (marks.length === 0) jobs.clear()
    setPlaced((all) => (all.every((p) => ids.has(p.id)) ? all : all.filter((p) => ids.has(p.id))))
    for (const m of marks) {
      if (seen.current.has(m.id)) continue
      seen.current.add(m.id)
      // Parsed by the socket on arrival (server/domain/realtime.ts).
      if (m.kind !== 'point') continue
      const { session, originReferenceSpace } = xr.getState()
      const early = session &&
        originReferenceSpace && { session, space: originReferenceSpace, hitTest }
      jobs.add({ id: m.id, x: m.x, y: m.y, ray: m.ray }, early || undefined)
    }
  }, [marks, jobs, xr, hitTest])

  useEffect(() => () => jobs.clear(), [jobs])

  useTimedFrame((_state, _delta, frame: XRFrame | undefined) => {
    const { session, originReferenceSpace, origin } = xr.getState()
    if (!frame || !session || !originReferenceSpace) return
    const twin = scene.getObjectByName('twin')
    const landed = jobs.step(frame, {
      session,
      space: originReferenceSpace,
      origin,
      twin,
      hitTest,
    })
    if (landed.length === 0) return
    const next = landed.map((l): Placed => {
      const onTwin = l.on === 'twin' && twin
      return {
        id: l.id,
        on: l.on,
        position: onTwin ? twin.worldToLocal(l.point.clone()) : l.point,
        parent: onTwin ? twin : null,
        anchor: null,
      }
    })
    // Committed now, inside this frame's callbacks: the markers are in the scene three draws next,
    // in this very frame, rather than one frame later (a frame is 100-300 ms in software GL).
    flushSync(() => setPlaced((all) => [...all, ...next].slice(-KEEP)))
    for (const l of landed)
      void l.anchor?.then((anchor) => {
        if (!anchor) return
        // Cleared while the device made it: nothing to hold there any more.
        if (!current.current.some((p) => p.id === l.id)) return anchor.delete()
        setPlaced((all) => all.map((p) => (p.id === l.id ? { ...p, anchor } : p)))
      })
  })

  return (
    <>
      {placed.map((p) => (
        <PlacedMarker key={p.id} placed={p} />
      ))}
    </>
  )
}

function PlacedMarker({ placed }: { placed: Placed }) {
  const { id, on, position, parent, anchor } = placed
  if (parent) return createPortal(<RemoteMarker id={id} position={position} on={on} />, parent)
  return <AnchoredMarker id={id} on={on} position={position} anchor={anchor} />
}
