import { createStore, type StoreApi } from 'zustand'
import type { Product } from '../../api/products'
import type { OpenedGuide } from '../guide/use-guide-session'

/**
 * Recognition inside AR, one store per `/ar` visit: the label not yet read, looked up, the product
 * with its procedures to choose from, a repair being started, then the opened guide (which the
 * same AR session goes on to show). Errors are kept in words.
 */
export type ArScanState = {
  stage:
    | { kind: 'looking' }
    | { kind: 'looking-up'; code: string }
    | { kind: 'found'; product: Product; serial: string | undefined; code: string }
    | { kind: 'unknown'; code: string }
    | { kind: 'failed'; code: string; message: string }
    | { kind: 'starting'; product: Product }
    | { kind: 'start-failed'; product: Product; serial: string | undefined; message: string }
  guide: { id: string; opened: OpenedGuide } | null
  set: (stage: ArScanState['stage']) => void
  open: (id: string, opened: OpenedGuide) => void
}

export type ArScanStore = StoreApi<ArScanState>

export function createArScanStore(): ArScanStore {
  return createStore<ArScanState>()((set) => ({
    stage: { kind: 'looking' },
    guide: null,
    set: (stage) => set({ stage }),
    open: (id, opened) => set({ guide: { id, opened } }),
  }))
}
