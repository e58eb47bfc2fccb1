import { SNAPSHOT_MAX_BYTES } from '../../../server/domain/snapshot'
import { CODE_HEIGHT, CODE_WIDTH } from '../../call/frame-code'
import { drawInk, type InkMark, type InkPalette } from './ink'

/** The longest side of a frozen frame: a 720p call frame as it came, anything larger scaled down. */
const MAX_SIDE = 1280

/**
 * Copies the video's current picture into a canvas of its own (at most 1280 px a side). On the
 * customer's shared AR view (`hideCode`), the frame code in its bottom-left corner, there for the
 * agent's page to match frames and meaningless to the customer, is covered with the picture just
 * above it, mirrored down.
 */
export function grabFrame(
  video: HTMLVideoElement,
  { hideCode = false }: { hideCode?: boolean } = {},
): HTMLCanvasElement | null {
  const { videoWidth: vw, videoHeight: vh } = video
  if (!vw || !vh) return null
  const scale = Math.min(1, MAX_SIDE / Math.max(vw, vh))
  const canvas = document.createElement('canvas')
  canvas.width = Math.round(vw * scale)
  canvas.height = Math.round(vh * scale)
  const ctx = canvas.getContext('2d')
  ctx?.drawImage(video, 0, 0, canvas.width, canvas.height)
  if (ctx && hideCode) {
    // A pixel more than the code on each side: the video codec blurs its edges into the picture.
    const w = Math.min(canvas.width, Math.ceil((CODE_WIDTH + 2) * scale))
    const h = Math.min(canvas.height / 2, Math.ceil((CODE_HEIGHT + 2) * scale))
    const top = canvas.height - h
    ctx.save()
    ctx.translate(0, 2 * top)
    ctx.scale(1, -1)
    ctx.drawImage(canvas, 0, top - h, w, h, 0, top - h, w, h)
    ctx.restore()
  }
  return canvas
}

const toBlob = (canvas: HTMLCanvasElement, type: string, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality))

/** WebP where the browser writes it (Safari answers PNG instead), else JPEG; less quality if big. */
const ENCODINGS: [string, number][] = [
  ['image/webp', 0.85],
  ['image/jpeg', 0.85],
  ['image/webp', 0.6],
  ['image/jpeg', 0.6],
]

/**
 * The snapshot as sent: the frozen frame with the marks drawn into it, encoded within the server's
 * size limit. Null if no encoding fits (never for a call frame).
 */
export async function composeSnapshot(
  frame: HTMLCanvasElement,
  marks: readonly InkMark[],
  palette: InkPalette,
): Promise<Blob | null> {
  const canvas = document.createElement('canvas')
  canvas.width = frame.width
  canvas.height = frame.height
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.drawImage(frame, 0, 0)
  drawInk(ctx, marks, canvas.width, canvas.height, palette)
  for (const [type, quality] of ENCODINGS) {
    const blob = await toBlob(canvas, type, quality)
    if (blob?.type === type && blob.size <= SNAPSHOT_MAX_BYTES) return blob
  }
  return null
}
