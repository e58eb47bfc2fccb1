import type { ViewFrame } from '../../server/domain/call-view'
import { CODE_HEIGHT, CODE_WIDTH, readFrameCode } from '../call/frame-code'
import type { ViewFrames } from './view-frames'

let scratch: CanvasRenderingContext2D | null = null

/**
 * The frame of the shared AR view that `video` shows now, read from the code in its corner (the
 * picture on screen, whatever the network did to the stream), with its pose and projection; null
 * for a video without the code (a plain camera) or a frame whose data has not arrived.
 */
export function frameShown(video: HTMLVideoElement, frames: ViewFrames): ViewFrame | null {
  const sent = frames.latest
  const vw = video.videoWidth
  const vh = video.videoHeight
  if (!sent || !vw || !vh) return null
  // The stream may arrive scaled (the sender gives up resolution on a poor link).
  const sx = vw / sent.width
  const sy = vh / sent.height
  const w = Math.min(vw, Math.ceil(CODE_WIDTH * sx))
  const h = Math.min(vh, Math.ceil(CODE_HEIGHT * sy))
  scratch ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true })
  if (!scratch) return null
  scratch.canvas.width = w
  scratch.canvas.height = h
  scratch.drawImage(video, 0, vh - h, w, h, 0, 0, w, h)
  const { data } = scratch.getImageData(0, 0, w, h)
  const luminance = (x: number, y: number) => {
    const px = Math.min(w - 1, Math.max(0, Math.floor(x * sx)))
    const py = Math.min(h - 1, Math.max(0, Math.floor(y * sy - (vh - h))))
    const i = (py * w + px) * 4
    return 0.299 * (data[i] ?? 0) + 0.587 * (data[i + 1] ?? 0) + 0.114 * (data[i + 2] ?? 0)
  }
  const code = readFrameCode(luminance, sent.height)
  return code === null ? null : frames.get(code)
}
