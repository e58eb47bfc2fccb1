import { useCallback, useEffect, useState } from 'react'
import { type CallbackEntry, getCallbacks } from '../api/agent'
import type { RealtimeSocket } from '../api/realtime-socket'

/**
 * The callbacks list: fetched once, then again whenever the server pushes `callbacks_changed`
 * (a request arrived, was taken or done) and after a reconnect. No polling.
 */
export function useCallbacks(socket: RealtimeSocket) {
  const [entries, setEntries] = useState<CallbackEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const refresh = useCallback(() => {
    getCallbacks().then(
      (list) => {
        setEntries(list)
        setError(null)
      },
      (e: Error) => setError(e.message),
    )
  }, [])
  useEffect(() => {
    refresh()
    const offMessage = socket.subscribe((m) => {
      if (m.type === 'callbacks_changed') refresh()
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
