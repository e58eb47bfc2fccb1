import { useCallback, useEffect, useRef, useState } from 'react'
import {
  type CameraProblem,
  cameraPrecondition,
  cameraProblemFromError,
} from '../../recognition/camera-problem'

export type CameraState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'live'; stream: MediaStream }
  | { status: 'problem'; problem: CameraProblem }

function stopStream(stream: MediaStream | null) {
  for (const track of stream?.getTracks() ?? []) track.stop()
}

async function cameraAlreadyAllowed(): Promise<boolean> {
  try {
    // 'camera' is a valid permission name in Chromium and Firefox but not in TypeScript's list.
    const descriptor = { name: 'camera' } as unknown as PermissionDescriptor
    return (await navigator.permissions.query(descriptor)).state === 'granted'
  } catch {
    return false
  }
}

/**
 * The rear camera as a stream. `start()` asks for it (after a clear prompt on the page); when the
 * permission is already granted it starts by itself. The camera is released on `stop()`, when the
 * page unmounts, and when the track ends (another app took it, or it was unplugged).
 */
export function useCamera() {
  const [state, setState] = useState<CameraState>({ status: 'idle' })
  const streamRef = useRef<MediaStream | null>(null)
  const mounted = useRef(true)

  const stop = useCallback(() => {
    stopStream(streamRef.current)
    streamRef.current = null
    setState({ status: 'idle' })
  }, [])

  const start = useCallback(async () => {
    const precondition = cameraPrecondition({
      secureContext: window.isSecureContext,
      hasGetUserMedia: typeof navigator.mediaDevices?.getUserMedia === 'function',
    })
    if (precondition) return setState({ status: 'problem', problem: precondition })
    setState({ status: 'starting' })
    try {
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: false,
        video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
      })
      if (!mounted.current) return stopStream(stream)
      stopStream(streamRef.current)
      streamRef.current = stream
      for (const track of stream.getVideoTracks())
        track.addEventListener('ended', () => {
          if (streamRef.current !== stream) return
          streamRef.current = null
          setState({ status: 'problem', problem: 'in-use' })
        })
      setState({ status: 'live', stream })
    } catch (err) {
      if (mounted.current) setState({ status: 'problem', problem: cameraProblemFromError(err) })
    }
  }, [])

  useEffect(() => {
    mounted.current = true
    void cameraAlreadyAllowed().then((allowed) => {
      if (allowed && mounted.current && !streamRef.current) void start()
    })
    return () => {
      mounted.current = false
      stopStream(streamRef.current)
      streamRef.current = null
    }
  }, [start])

  return { state, start, stop }
}
