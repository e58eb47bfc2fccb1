import { createContext, createElement, type ReactNode, useContext } from 'react'
import { createStore, type StoreApi, useStore } from 'zustand'
import type { EditableProcedure } from './draft-doc'

/** Where the draft stands against the server. */
export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; message: string }

export type EditorState = {
  procedureId: string
  doc: EditableProcedure
  past: EditableProcedure[]
  future: EditableProcedure[]
  /** The step open in the form (an index into `doc.steps`). */
  selected: number
  /** The server's draft revision this document is based on. */
  revision: number
  save: SaveStatus
  /** The author's own version, kept while a conflict is being resolved (also in localStorage). */
  kept: EditableProcedure | null
  /**
   * Applies an edit. Edits with the same `key` in quick succession (typing in one field) merge into
   * one undo step.
   */
  edit: (recipe: (doc: EditableProcedure) => EditableProcedure, key?: string) => void
  undo: () => void
  redo: () => void
  select: (index: number) => void
  /** Replaces the document with the server's (after a reload); history starts again. */
  reset: (doc: EditableProcedure, revision: number, kept: EditableProcedure | null) => void
  setSave: (save: SaveStatus, revision?: number) => void
  setKept: (kept: EditableProcedure | null) => void
}

export type EditorStore = StoreApi<EditorState>

const MERGE_MS = 1000
const LIMIT = 200

/** One store per open procedure: the draft, its undo/redo history and its save state. */
export function createEditorStore(init: {
  procedureId: string
  doc: EditableProcedure
  revision: number
  kept?: EditableProcedure | null
}): EditorStore {
  let lastKey: string | undefined
  let lastAt = 0
  return createStore<EditorState>()((set, get) => ({
    procedureId: init.procedureId,
    doc: init.doc,
    past: [],
    future: [],
    selected: 0,
    revision: init.revision,
    save: { kind: 'saved' },
    kept: init.kept ?? null,
    edit: (recipe, key) => {
      const { doc, past } = get()
      const next = recipe(doc)
      if (next === doc) return
      const now = Date.now()
      const merge = key !== undefined && key === lastKey && now - lastAt < MERGE_MS
      lastKey = key
      lastAt = now
      set({
        doc: next,
        past: merge ? past : [...past, doc].slice(-LIMIT),
        future: [],
        selected: Math.min(get().selected, Math.max(0, next.steps.length - 1)),
      })
    },
    undo: () => {
      const { past, doc, future } = get()
      const prev = past[past.length - 1]
      if (!prev) return
      lastKey = undefined
      set({
        doc: prev,
        past: past.slice(0, -1),
        future: [doc, ...future],
        selected: Math.min(get().selected, Math.max(0, prev.steps.length - 1)),
      })
    },
    redo: () => {
      const { past, doc, future } = get()
      const [next, ...rest] = future
      if (!next) return
      lastKey = undefined
      set({
        doc: next,
        past: [...past, doc],
        future: rest,
        selected: Math.min(get().selected, Math.max(0, next.steps.length - 1)),
      })
    },
    select: (selected) => set({ selected }),
    reset: (doc, revision, kept) => {
      lastKey = undefined
      set({ doc, revision, kept, past: [], future: [], selected: 0, save: { kind: 'saved' } })
    },
    setSave: (save, revision) => set(revision === undefined ? { save } : { save, revision }),
    setKept: (kept) => set({ kept }),
  }))
}

const EditorContext = createContext<EditorStore | null>(null)

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return createElement(EditorContext.Provider, { value: store }, children)
}

export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext)
  if (!store) throw new Error('useEditor is used outside an <EditorProvider>')
  return store
}

/** Reads from the open procedure's editor store; select only what you read. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector)
}
