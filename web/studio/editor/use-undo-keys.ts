import { useEffect } from 'react'
import { useEditorStore } from './editor-store'

/**
 * Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, everywhere on the editor page, text
 * fields included: their contents come from the store, so the store's history is the one to use.
 */
export function useUndoKeys() {
  const store = useEditorStore()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return
      const key = e.key.toLowerCase()
      if (key === 'z') {
        e.preventDefault()
        if (e.shiftKey) store.getState().redo()
        else store.getState().undo()
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault()
        store.getState().redo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [store])
}
