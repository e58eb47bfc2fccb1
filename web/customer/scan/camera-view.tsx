import { useEffect, useRef } from 'react'
import { t } from '../../i18n/t'

type Props = { stream: MediaStream; onVideo: (video: HTMLVideoElement | null) => void }

/** The live camera image with a viewfinder showing where the label goes. */
export function CameraView({ stream, onVideo }: Props) {
  const ref = useRef<HTMLVideoElement>(null)

  useEffect(() => {
    const video = ref.current
    if (!video) return
    video.srcObject = stream
    // Autoplay can be refused (power saving); the preview then waits for a tap, reads still work.
    video.play().catch(() => {})
    onVideo(video)
    return () => {
      onVideo(null)
      video.srcObject = null
    }
  }, [stream, onVideo])

  return (
    <div className="scan-preview">
      <video ref={ref} muted playsInline autoPlay aria-label={t('scan.preview')} />
      <div className="scan-viewfinder" aria-hidden="true" />
    </div>
  )
}
