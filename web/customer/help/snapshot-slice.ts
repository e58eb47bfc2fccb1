import type { SnapshotMessage } from '../../../server/domain/realtime'
import { fetchSessionSnapshot, listSessionSnapshots } from '../../api/snapshots'

/** The agent's picture on the customer's screen: loading (no url yet), shown, or failed. */
export type ShownSnapshot = { id: string; url: string | null; error: string | null }

export type SnapshotSlice = {
  snapshot: ShownSnapshot | null
  /** Snapshots already shown (or passed over for a newer one), so a catch-up shows only news. */
  seenSnapshots: string[]
  /** A `snapshot` message from the server (parsed by the socket). */
  receiveSnapshot: (message: SnapshotMessage) => void
  /** After a reconnect or a reload: shows the newest snapshot of this call not yet seen. */
  catchUpSnapshots: () => Promise<void>
  closeSnapshot: () => void
}

type Deps = { sessionId: string; token: string }
type Get = () => SnapshotSlice & { escalationId: string | null }
type Set = (partial: Partial<SnapshotSlice>) => void

/**
 * Snapshots for the help store: the WebSocket says one was sent, its image is fetched with the
 * session token (an <img> cannot send it) and shown from a blob URL, freed when it goes.
 */
export function createSnapshotSlice(deps: Deps, set: Set, get: Get): SnapshotSlice {
  const release = () => {
    const url = get().snapshot?.url
    if (url) URL.revokeObjectURL(url)
  }
  const show = (id: string) => {
    release()
    const seen = get().seenSnapshots
    set({
      snapshot: { id, url: null, error: null },
      seenSnapshots: seen.includes(id) ? seen : [...seen, id],
    })
    fetchSessionSnapshot(deps.sessionId, deps.token, id).then(
      (blob) => {
        if (get().snapshot?.id !== id) return
        set({ snapshot: { id, url: URL.createObjectURL(blob), error: null } })
      },
      (e: Error) => {
        if (get().snapshot?.id === id) set({ snapshot: { id, url: null, error: e.message } })
      },
    )
  }
  return {
    snapshot: null,
    seenSnapshots: [],
    receiveSnapshot: (m) => {
      if (m.escalationId !== get().escalationId) return
      if (!get().seenSnapshots.includes(m.snapshot.id)) show(m.snapshot.id)
    },
    catchUpSnapshots: async () => {
      const escalationId = get().escalationId
      if (!escalationId) return
      const seen = get().seenSnapshots
      const news = (await listSessionSnapshots(deps.sessionId, deps.token)).filter(
        (s) => s.escalationId === escalationId && !seen.includes(s.id),
      )
      const newest = news.at(-1)
      if (!newest) return
      set({ seenSnapshots: [...seen, ...news.map((s) => s.id)] })
      show(newest.id)
    },
    closeSnapshot: () => {
      release()
      set({ snapshot: null })
    },
  }
}
