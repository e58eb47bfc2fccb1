import { type EditableProcedure, toEditable } from './draft-doc'

const key = (id: string) => `fixpoint.studio.draft.${id}`

/**
 * The author's unsaved draft on this device, so neither a closed tab nor someone else's save loses
 * it. Storage can be full or blocked; then the copy in memory is all there is.
 */
export const localCopy = {
  read(id: string): EditableProcedure | null {
    try {
      const raw = localStorage.getItem(key(id))
      return raw ? toEditable(JSON.parse(raw)) : null
    } catch {
      return null
    }
  },
  write(id: string, doc: EditableProcedure) {
    try {
      localStorage.setItem(key(id), JSON.stringify(doc))
    } catch {
      // Kept in memory only.
    }
  },
  clear(id: string) {
    try {
      localStorage.removeItem(key(id))
    } catch {
      // Nothing to clear.
    }
  },
}
