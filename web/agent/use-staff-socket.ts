import { useEffect, useState } from 'react'
import { type RealtimeSocket, type SocketState, staffSocket } from '../api/realtime-socket'

/** One staff WebSocket for the console's lifetime, with its connection state. */
export function useStaffSocket() {
  const [socket] = useState<RealtimeSocket>(() => staffSocket())
  const [state, setState] = useState<SocketState>(socket.state)
  useEffect(() => {
    const off = socket.onState(setState)
    return () => {
      off()
      socket.close()
    }
  }, [socket])
  return { socket, state }
}
