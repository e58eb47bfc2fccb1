import { ApiError } from '../../api/api-error'
import { saveDraft } from '../../api/studio-procedures'
import type { EditableProcedure } from './draft-doc'
import type { EditorStore } from './editor-store'
import { localCopy } from './local-copy'

export type Autosaver = {
  /** Saves now if anything is unsaved; resolves true once the server has the current document. */
  flush: () => Promise<boolean>
  dispose: () => void
}

/**
 * Saves the draft about a second after the last edit, always over the revision it was based on.
 * A 409 stops saving and shows the server's message: nothing is overwritten, and the author's
 * version stays in memory and on this device until they choose.
 */
export function createAutosaver(store: EditorStore, delayMs = 1000): Autosaver {
  const id = store.getState().procedureId
  let timer: ReturnType<typeof setTimeout> | undefined
  let saved: EditableProcedure = store.getState().doc
  let running: Promise<boolean> | null = null

  const save = async (): Promise<boolean> => {
    const { doc, revision, save: status } = store.getState()
    if (status.kind === 'conflict') return false
    if (doc === saved) return true
    store.getState().setSave({ kind: 'saving' })
    try {
      const next = await saveDraft(id, doc, revision)
      saved = doc
      const current = store.getState()
      const dirty = current.doc !== doc
      current.setSave({ kind: dirty ? 'dirty' : 'saved' }, next)
      if (!dirty && !current.kept) localCopy.clear(id)
      return !dirty
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const conflict = err instanceof ApiError && err.code === 'stale_draft'
      store.getState().setSave({ kind: conflict ? 'conflict' : 'error', message })
      return false
    }
  }

  const run = (): Promise<boolean> => {
    clearTimeout(timer)
    const chained = (running ?? Promise.resolve(true)).then(save)
    running = chained
    void chained.finally(() => {
      if (running === chained) running = null
    })
    return chained
  }

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return
    if (state.save.kind === 'saved' && state.past.length === 0 && state.future.length === 0) {
      // A reset to the server's document: nothing to save.
      saved = state.doc
      return
    }
    localCopy.write(id, state.doc)
    if (state.save.kind === 'saved' || state.save.kind === 'error') state.setSave({ kind: 'dirty' })
    clearTimeout(timer)
    timer = setTimeout(() => void run(), delayMs)
  })

  return {
    flush: async () => {
      if (running) await running
      return store.getState().doc === saved ? store.getState().save.kind !== 'conflict' : run()
    },
    dispose: () => {
      clearTimeout(timer)
      unsubscribe()
    },
  }
}
