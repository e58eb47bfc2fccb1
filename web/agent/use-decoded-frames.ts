import { type RefObject, useEffect, useState } from 'react'
import type { PeerCall } from '../call/peer-call'

/** Video frames decoded from the customer so far (WebRTC getStats), sampled once a second. */
export function useDecodedFrames(call: RefObject<PeerCall | null>) {
  const [frames, setFrames] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => {
      call.current?.framesDecoded().then(setFrames, () => {})
    }, 1000)
    return () => clearInterval(timer)
  }, [call])
  return frames
}
