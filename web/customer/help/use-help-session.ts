import { useEffect, useRef, useState } from 'react'
import { customerSocket } from '../../api/realtime-socket'
import { createHelpStore } from './help-store'

/**
 * The customer's WebSocket and help store for one repair session; an open request (say, after a
 * reload) is picked up again at once, and again after every reconnect.
 */
export function useHelpSession(sessionId: string, token: string, onGoto: (stepId: string) => void) {
  const goto = useRef(onGoto)
  goto.current = onGoto
  const [value] = useState(() => {
    const socket = customerSocket(sessionId, token)
    const store = createHelpStore({ sessionId, token, socket, onGoto: (id) => goto.current(id) })
    return { socket, store }
  })
  useEffect(() => {
    void value.store.getState().restore()
    const off = value.socket.onState((s) => {
      if (s === 'open') void value.store.getState().restore()
    })
    return () => {
      off()
      value.socket.close()
    }
  }, [value])
  return value
}
