import { type RefObject, useEffect, useRef } from 'react'
import type { PeerCall } from '../../call/peer-call'

/**
 * Calls `onStarved` once when the video we send cannot keep up (bandwidth-limited and nearly
 * frozen), after pausing it: audio carries on alone.
 */
export function useVideoWatch(call: RefObject<PeerCall | null>, onStarved: () => void) {
  const starved = useRef(onStarved)
  starved.current = onStarved
  useEffect(() => {
    let dropped = false
    const watch = setInterval(async () => {
      const pc = call.current?.pc
      if (!pc || dropped) return
      const stats = await pc.getStats()
      stats.forEach((r) => {
        if (
          !dropped &&
          r.type === 'outbound-rtp' &&
          r.kind === 'video' &&
          r.qualityLimitationReason === 'bandwidth' &&
          (r.framesPerSecond ?? 30) < 3
        ) {
          dropped = true
          call.current?.setVideoEnabled(false)
          starved.current()
        }
      })
    }, 3000)
    return () => clearInterval(watch)
  }, [call])
}
