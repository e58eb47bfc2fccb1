import type { StoreApi } from 'zustand'
import { useStore } from 'zustand'
import { MarksOverlay } from '../../call/marks-overlay'
import { type HelpState, useHelpContext } from './help-store'

function Marks({ store }: { store: StoreApi<HelpState> }) {
  const marks = useStore(store, (s) => s.marks)
  return marks.length ? <MarksOverlay marks={marks} /> : null
}

/** The agent's marks over the customer's view; nothing where there is no help session. */
export function HelpMarks() {
  const ctx = useHelpContext()
  return ctx ? <Marks store={ctx.store} /> : null
}
