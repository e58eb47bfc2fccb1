import { useCallback, useEffect, useState } from 'react'
import { getQueue, type QueueEntry } from '../api/agent'
import type { RealtimeSocket } from '../api/realtime-socket'

/**
 * The live queue: fetched once, then again whenever the server pushes `queue_changed` over the
 * WebSocket (and after a reconnect, in case something was missed). No polling.
 */
export function useQueue(socket: RealtimeSocket) {
  const [entries, setEntries] = useState<QueueEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const refresh = useCallback(() => {
    getQueue().then(
      (q) => {
        setEntries(q)
        setError(null)
      },
      (e: Error) => setError(e.message),
    )
  }, [])
  useEffect(() => {
    refresh()
    const offMessage = socket.subscribe((m) => {
      if (m.type === 'queue_changed') refresh()
    })
    const offState = socket.onState((s) => {
      if (s === 'open') refresh()
    })
    return () => {
      offMessage()
      offState()
    }
  }, [socket, refresh])
  return { entries, error, refresh }
}
