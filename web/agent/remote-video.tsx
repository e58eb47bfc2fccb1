import { type ReactNode, type Ref, useEffect, useImperativeHandle, useRef } from 'react'
import type { ViewFrame } from '../../server/domain/call-view'
import type { Mark } from '../call/marks'
import { viewRay } from '../call/view-ray'
import { t } from '../i18n/t'
import { CodeMask } from './code-mask'

type Props = {
  stream: MediaStream | null
  onMark: (mark: Mark) => void
  /** The frame of the shared AR view on screen now, with its pose, when the video is one. */
  frameShown?: (video: HTMLVideoElement) => ViewFrame | null
  /** The picture carries the frame code (the shared AR view): it is covered on screen. */
  coded?: boolean
  /** The first frame of the customer's video is on the screen. */
  onFirstFrame?: () => void
  /** Given the video element, for whoever reads its picture (a snapshot's frozen frame). */
  videoRef?: Ref<HTMLVideoElement | null>
  children?: ReactNode
}

/** Where a pointer event lands on the video picture itself (object-fit: contain), 0..1. */
function toVideo(e: React.PointerEvent, video: HTMLVideoElement): [number, number] | null {
  const r = video.getBoundingClientRect()
  const vw = video.videoWidth || r.width
  const vh = video.videoHeight || r.height
  const scale = Math.min(r.width / vw, r.height / vh)
  const w = vw * scale
  const h = vh * scale
  const x = (e.clientX - r.left - (r.width - w) / 2) / w
  const y = (e.clientY - r.top - (r.height - h) / 2) / h
  return x < 0 || x > 1 || y < 0 || y > 1 ? null : [x, y]
}

/**
 * The customer's video. A click sends a point and a drag sends a stroke, both in coordinates of
 * the picture, so they land on the same spot of the customer's view whatever the window sizes. On
 * the shared AR view a point also carries the frame that was on screen when it was pressed and
 * the ray through it in that frame, so it lands where the agent pointed even if the customer has
 * moved since.
 */
export function RemoteVideo({
  stream,
  onMark,
  frameShown,
  coded = false,
  onFirstFrame,
  videoRef,
  children,
}: Props) {
  const video = useRef<HTMLVideoElement>(null)
  useImperativeHandle<HTMLVideoElement | null, HTMLVideoElement | null>(
    videoRef,
    () => video.current,
    [],
  )
  const stroke = useRef<[number, number][] | null>(null)
  const pressedOn = useRef<ViewFrame | null>(null)
  useEffect(() => {
    if (video.current && video.current.srcObject !== stream) video.current.srcObject = stream
  }, [stream])
  const id = () => Math.random().toString(36).slice(2, 10)
  return (
    <div className="remote-video">
      <video
        ref={video}
        autoPlay
        playsInline
        data-testid="remote-video"
        aria-label={t('agent.videoLabel')}
        // Two animation frames on: once the page has drawn the video, not just decoded a frame.
        onLoadedData={() =>
          requestAnimationFrame(() => requestAnimationFrame(() => onFirstFrame?.()))
        }
        onPointerDown={(e) => {
          if (!video.current) return
          const p = toVideo(e, video.current)
          stroke.current = p ? [p] : null
          pressedOn.current = p && frameShown ? frameShown(video.current) : null
        }}
        onPointerMove={(e) => {
          if (!stroke.current || !video.current) return
          const p = toVideo(e, video.current)
          if (p) stroke.current.push(p)
        }}
        onPointerUp={() => {
          const points = stroke.current
          stroke.current = null
          if (!points?.length) return
          const [x, y] = points[0] as [number, number]
          if (points.length >= 3) {
            onMark({ kind: 'stroke', id: id(), points: points.slice(0, 500) })
            return
          }
          const frame = pressedOn.current
          const ray = frame && viewRay(x, y, frame.projection, frame.transform)
          onMark({
            kind: 'point',
            id: id(),
            x,
            y,
            ...(frame && ray ? { frame: frame.n, ray } : {}),
          })
        }}
      >
        <track kind="captions" />
      </video>
      {coded && <CodeMask video={video} />}
      {children}
    </div>
  )
}
