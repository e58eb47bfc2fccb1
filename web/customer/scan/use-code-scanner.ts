import { useEffect, useRef, useState } from 'react'
import { type CodeReader, createCodeReader } from '../../recognition/code-reader'
import { emptyReadFilter, filterRead, firstCode } from '../../recognition/read-filter'
import { nextReadDelay } from '../../recognition/read-throttle'

export type ScannerStatus = 'off' | 'preparing' | 'reading' | 'failed'

/**
 * Reads codes from `video` while `active`: a few frames a second, one read at a time, the same
 * code reported once (see read-filter and read-throttle). `onCode` receives each new code.
 */
export function useCodeScanner(
  video: HTMLVideoElement | null,
  active: boolean,
  onCode: (code: string) => void,
): ScannerStatus {
  const [status, setStatus] = useState<ScannerStatus>('off')
  const onCodeRef = useRef(onCode)
  onCodeRef.current = onCode

  useEffect(() => {
    if (!video || !active) {
      setStatus('off')
      return
    }
    let stopped = false
    let reader: CodeReader | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    let filter = emptyReadFilter
    let lastStartedAt = Number.NEGATIVE_INFINITY
    let failures = 0

    const schedule = () => {
      if (stopped) return
      const delay = nextReadDelay({
        now: performance.now(),
        lastStartedAt,
        inFlight: false,
        hidden: document.hidden,
      })
      // Hidden: look again in a second rather than read frames nobody sees.
      timer = setTimeout(tick, delay ?? 1000)
    }

    const tick = async () => {
      if (stopped || !reader) return
      if (document.hidden || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA)
        return schedule()
      lastStartedAt = performance.now()
      try {
        const code = firstCode(await reader.read(video))
        failures = 0
        if (stopped || code === null) return schedule()
        const decision = filterRead(filter, code, performance.now())
        filter = decision.filter
        if (decision.accept) onCodeRef.current(decision.code)
      } catch (err) {
        if (stopped) return
        console.warn('A frame could not be read:', err)
        // A reader that fails frame after frame is broken, not unlucky: say so and stop.
        if (++failures >= 3) return setStatus('failed')
      }
      schedule()
    }

    setStatus('preparing')
    createCodeReader()
      .then((created) => {
        if (stopped) return created.close()
        reader = created
        setStatus('reading')
        schedule()
      })
      .catch((err: unknown) => {
        console.warn('The code reader could not start:', err)
        if (!stopped) setStatus('failed')
      })

    return () => {
      stopped = true
      clearTimeout(timer)
      reader?.close()
    }
  }, [video, active])

  return status
}
