import { useMemo } from 'react'
import type { StoreApi } from 'zustand'
import { useStore } from 'zustand'
import { MarksOverlay } from '../../call/marks-overlay'
import { type HelpState, useHelpContext } from './help-store'

type Props = {
  /** `strokes`: drawings only, where points become 3D markers in the room (AR). */
  show?: 'all' | 'strokes'
}

function Marks({ store, show }: { store: StoreApi<HelpState>; show: 'all' | 'strokes' }) {
  const all = useStore(store, (s) => s.marks)
  const marks = useMemo(
    () => (show === 'all' ? all : all.filter((m) => m.kind === 'stroke')),
    [all, show],
  )
  return marks.length ? <MarksOverlay marks={marks} /> : null
}

/** The agent's marks over the customer's view; nothing where there is no help session. */
export function HelpMarks({ show = 'all' }: Props) {
  const ctx = useHelpContext()
  return ctx ? <Marks store={ctx.store} show={show} /> : null
}
